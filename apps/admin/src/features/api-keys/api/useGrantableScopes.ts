import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { apiKeyQueryKeys } from './api-key-types';

/** The scopes the signed-in user may put on a key, as the server's permission matrix says. */
export function useGrantableScopes() {
  return useQuery({
    queryKey: apiKeyQueryKeys.scopes,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/api-keys/scopes', { signal }))).items,
    staleTime: 5 * 60_000,
  });
}
