import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';

/** One of the customer's company's tickets; another company's answers 404, as if it did not exist. */
export function useMyTicket(id: number) {
  return useQuery({
    queryKey: ticketKeys.ticket(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
    // A 404 is an answer, not a hiccup: asking again would only delay the "not found" page.
    retry: (count, error) => !isNotFound(error) && count < 2,
  });
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 404;
}
