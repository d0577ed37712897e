import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';

/** What a ticket can be about; the support team sets the list, so it is read rarely. */
export function useTicketCategories(enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.categories,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/tickets/categories', { params: { query: { limit: 100, sort: 'name' } }, signal })),
    enabled,
    staleTime: 10 * 60_000,
  });
}
