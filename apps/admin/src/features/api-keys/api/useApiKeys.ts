import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { apiKeyQueryKeys } from './api-key-types';

/** The signed-in user's own keys, newest first; the server lists them all at once. */
export function useApiKeys() {
  return useQuery({
    queryKey: apiKeyQueryKeys.all,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/api-keys', { signal }))).items,
  });
}
