import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';
import { type FailedUpload, uploadAttachments } from './upload-attachment';

/**
 * Adds the customer's reply to the thread, with its files. A reply to a ticket waiting on the customer, or
 * resolved not long ago, brings it back to the team; a closed one answers 409 `ticket_closed`.
 */
export function useReplyToTicket(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: { body: string; files: readonly File[] }) => {
      const comment = await unwrap(
        api.POST('/api/tickets/{id}/comments', { params: { path: { id: ticketId } }, body: { body } }),
      );
      const failedUploads: FailedUpload[] = await uploadAttachments(ticketId, files, comment.id);
      return { comment, failedUploads };
    },
    // The status may have changed too (reopened), and files joined the list: all of the ticket is fresh.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(ticketId) }),
  });
}
