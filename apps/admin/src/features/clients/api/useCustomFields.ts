import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { clientQueryKeys } from './client-types';

/** The custom fields admins defined for clients, which forms and the profile render. */
export function useCustomFields() {
  return useQuery({
    queryKey: clientQueryKeys.customFields,
    queryFn: ({ signal }) => unwrap(api.GET('/api/custom-fields', { signal })),
    select: (result) => result.items,
    staleTime: 5 * 60_000,
  });
}
