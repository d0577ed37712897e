import { unwrap } from '@smartcrm/api-client';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketQueryKeys } from './ticket-types';

/** A ticket as staff see it, with its SLA targets and the moves it admits now; kept fresh while open. */
export function useTicket(id: number) {
  return useQuery({
    queryKey: ticketQueryKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
    refetchInterval: 30_000,
    refetchOnWindowFocus: 'always',
  });
}

const threadPage = 50;

/** The thread, oldest first, a page at a time; internal notes included (staff only). */
export function useTicketComments(id: number) {
  return useInfiniteQuery({
    queryKey: ticketQueryKeys.comments(id),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/tickets/{id}/comments', {
          params: { path: { id }, query: { limit: threadPage, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchOnWindowFocus: 'always',
  });
}

/** Everything that happened to the ticket, newest first. */
export function useTicketHistory(id: number, enabled = true) {
  return useInfiniteQuery({
    queryKey: ticketQueryKeys.history(id),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/tickets/{id}/history', {
          params: { path: { id }, query: { limit: threadPage, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}

/** Every file on the ticket, oldest first. */
export function useTicketAttachments(id: number) {
  return useQuery({
    queryKey: ticketQueryKeys.attachments(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/tickets/{id}/attachments', { params: { path: { id }, query: { limit: 100 } }, signal }),
      ),
    select: (page) => page.items,
  });
}
