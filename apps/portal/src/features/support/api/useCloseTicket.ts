import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';

/** Closes the customer's ticket: the question is settled, nothing more is needed from the team. */
export function useCloseTicket(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/tickets/{id}/close', { params: { path: { id: ticketId } }, body: {} })),
    onSuccess: (ticket) => queryClient.setQueryData(ticketKeys.ticket(ticketId), ticket),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(ticketId) }),
  });
}
