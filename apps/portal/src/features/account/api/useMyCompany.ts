import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** The client (company) the customer's account belongs to; customers can list only their own. */
export function useMyCompany() {
  return useQuery({
    queryKey: ['account', 'company'],
    queryFn: async ({ signal }) => {
      const page = await unwrap(api.GET('/api/clients', { params: { query: { limit: 1 } }, signal }));
      return page.items[0] ?? null;
    },
    staleTime: 5 * 60_000,
  });
}
