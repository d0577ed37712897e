import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';

/** The ticket's files the customer may see (the API leaves out internal ones), oldest first. */
export function useTicketAttachments(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.attachments(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/tickets/{id}/attachments', {
          params: { path: { id }, query: { limit: 100 } },
          signal,
        }),
      ),
    enabled,
  });
}
