import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';

// Enough to find the order a question is about; older ones are named in the description.
const recentOrderCount = 100;

/** The customer's company's recent orders, newest first, to pick the one a ticket is about. */
export function useOrderChoices(enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.orderChoices,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/orders', {
          params: { query: { limit: recentOrderCount, sort: '-orderDate' } },
          signal,
        }),
      ),
    enabled,
    staleTime: 60_000,
  });
}
