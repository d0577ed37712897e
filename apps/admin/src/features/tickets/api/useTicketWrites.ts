import { unwrap } from '@smartcrm/api-client';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import { clientQueryKeys } from '../../clients/api/client-types';
import {
  type BulkAction,
  type NewTicket,
  type TicketAttachment,
  type TicketChanges,
  type TicketDetail,
  type TicketPriority,
  type TicketStatus,
  ticketQueryKeys,
} from './ticket-types';

/** The ticket as it was loaded: edits name its version, so a change made in between is a 412. */
type LoadedTicket = Pick<TicketDetail, 'id' | 'version' | 'clientId'>;

const middleware = [keepProblemExtensions];
const path = (id: number) => ({ path: { id } });

// Every ticket write answers with the whole ticket; the inbox, the history and the client's panel are stale.
function storeTicket(queryClient: QueryClient, ticket: TicketDetail) {
  queryClient.setQueryData(ticketQueryKeys.detail(ticket.id), ticket);
  void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.lists });
  void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.history(ticket.id) });
  void queryClient.invalidateQueries({ queryKey: clientQueryKeys.tickets(ticket.clientId) });
}

function useTicketWrite<Input>(
  ticket: LoadedTicket,
  write: (input: Input, version: number) => Promise<TicketDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(input, ticket.version),
    onSuccess: (updated) => storeTicket(queryClient, updated),
  });
}

export function useUpdateTicket(ticket: LoadedTicket) {
  return useTicketWrite(ticket, (changes: TicketChanges, version) =>
    unwrap(
      api.PATCH('/api/tickets/{id}', {
        params: path(ticket.id),
        body: changes,
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export type PriorityOverride = { priority: TicketPriority; reason: string };

export function useOverridePriority(ticket: LoadedTicket) {
  return useTicketWrite(ticket, ({ priority, reason }: PriorityOverride, version) =>
    unwrap(
      api.PATCH('/api/tickets/{id}', {
        params: path(ticket.id),
        body: { priority, priorityReason: reason },
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export type StatusChange = { status: TicketStatus; reason?: string };

export function useChangeTicketStatus(ticket: LoadedTicket) {
  return useTicketWrite(ticket, ({ status, reason }: StatusChange, version) =>
    unwrap(
      api.POST('/api/tickets/{id}/status', {
        params: path(ticket.id),
        body: reason?.trim() ? { status, reason: reason.trim() } : { status },
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

export function useAssignTicket(ticket: LoadedTicket) {
  return useTicketWrite(ticket, (employeeId: number | null, version) =>
    unwrap(
      api.POST('/api/tickets/{id}/assign', {
        params: path(ticket.id),
        body: { employeeId },
        headers: ifMatch(version),
        middleware,
      }),
    ),
  );
}

/** Merges this ticket into another of the same client; answers with the ticket that stays. */
export function useMergeTicket(ticket: LoadedTicket) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intoTicketId: number) =>
      unwrap(
        api.POST('/api/tickets/{id}/merge', {
          params: path(ticket.id),
          body: { intoTicketId },
          middleware,
        }),
      ),
    onSuccess: (target) => {
      storeTicket(queryClient, target);
      void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.detail(ticket.id) });
    },
  });
}

export type NewComment = { body: string; visibility: 'public' | 'internal'; files: File[] };

/**
 * Posts a reply or an internal note, then uploads its files onto it (with the note's visibility). A
 * public reply by staff is the first response and may move the ticket on, so the ticket is read again.
 */
export function useAddComment(ticket: Pick<TicketDetail, 'id' | 'clientId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, visibility, files }: NewComment) => {
      const comment = body.trim()
        ? await unwrap(
            api.POST('/api/tickets/{id}/comments', {
              params: path(ticket.id),
              body: { body: body.trim(), visibility },
              middleware,
            }),
          )
        : null;
      for (const file of files) {
        await uploadAttachment(ticket.id, file, { commentId: comment?.id, visibility });
      }
      return comment;
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.detail(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: ticketQueryKeys.lists });
      void queryClient.invalidateQueries({ queryKey: clientQueryKeys.tickets(ticket.clientId) });
    },
  });
}

/** Uploads one file as the request body, its name in X-File-Name (percent-encoded: headers are ASCII). */
export function uploadAttachment(
  ticketId: number,
  file: File,
  options: { commentId?: number; visibility?: 'public' | 'internal' } = {},
): Promise<TicketAttachment> {
  const query = {
    ...(options.commentId ? { commentId: options.commentId } : {}),
    ...(options.visibility === 'internal' ? { visibility: 'internal' as const } : {}),
  };
  return unwrap(
    api.POST('/api/tickets/{id}/attachments', {
      params: { path: { id: ticketId }, query },
      body: file as never,
      // The body is the file itself, sent as it is rather than as JSON.
      bodySerializer: (body: unknown) => body as File,
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
      },
    }),
  ) as Promise<TicketAttachment>;
}

/** The file name a Content-Disposition header gives, if any. */
function attachmentName(header: string | null): string | null {
  const match = header?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

// The download goes through the API client, which sends the session's token; a plain link could not.
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL only after click() returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useDownloadAttachment(ticketId: number) {
  return useMutation({
    mutationFn: async (attachment: Pick<TicketAttachment, 'id' | 'fileName'>) => {
      const { data, response } = await api.GET('/api/tickets/{id}/attachments/{attachmentId}', {
        params: { path: { id: ticketId, attachmentId: attachment.id } },
        parseAs: 'blob',
      });
      saveFile(
        data as Blob,
        attachmentName(response.headers.get('content-disposition')) ?? attachment.fileName,
      );
    },
  });
}

/** Applies one action to many tickets; each succeeds or fails on its own, as the result lists. */
export function useBulkTicketAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: BulkAction) => unwrap(api.POST('/api/tickets/bulk', { body: action, middleware })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketQueryKeys.all }),
  });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ticket: NewTicket) => unwrap(api.POST('/api/tickets', { body: ticket, middleware })),
    onSuccess: (created) => storeTicket(queryClient, created),
  });
}
