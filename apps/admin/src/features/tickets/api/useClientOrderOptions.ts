import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** The client's latest orders, to link a ticket to one; nothing is fetched without a client. */
export function useClientOrderOptions(clientId: number | null) {
  return useQuery({
    queryKey: ['orders', 'list', { clientId, purpose: 'ticket-link' }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/orders', {
          params: { query: { clientId: clientId ?? 0, limit: 50, sort: '-orderDate' } },
          signal,
        }),
      ),
    select: (page) => page.items,
    enabled: clientId !== null,
  });
}
