import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { NewTicket, TicketDetail } from './support-types';
import { ticketKeys } from './ticket-keys';
import { type FailedUpload, uploadAttachments } from './upload-attachment';

export type CreatedTicket = { ticket: TicketDetail; failedUploads: FailedUpload[] };

/**
 * Opens a ticket for the signed-in customer, then attaches the files. The ticket stands even when a file is
 * refused (too large, a type not accepted): the refused ones are reported, not the whole request.
 */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      ticket,
      files,
    }: {
      ticket: NewTicket;
      files: readonly File[];
    }): Promise<CreatedTicket> => {
      const created = await unwrap(api.POST('/api/tickets', { body: ticket }));
      const failedUploads = await uploadAttachments(created.id, files);
      return { ticket: created, failedUploads };
    },
    onSuccess: ({ ticket }) => {
      queryClient.setQueryData(ticketKeys.ticket(ticket.id), ticket);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.list });
    },
  });
}
