import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type TicketListQuery, ticketQueryKeys } from './ticket-types';

/** How often an open inbox asks for changes: new tickets, assignments made elsewhere, SLA states. */
export const inboxRefreshMs = 10_000;

/**
 * One page of the inbox, kept live: read again every few seconds while the tab is visible and whenever the
 * window regains focus. Nothing is fetched for a null query (the queue view before a queue is chosen).
 */
export function useTicketInbox(query: TicketListQuery | null) {
  return useQuery({
    queryKey: ticketQueryKeys.list(query ?? {}),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets', { params: { query: query ?? {} }, signal })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    refetchInterval: inboxRefreshMs,
    refetchOnWindowFocus: 'always',
  });
}

/** Tickets of one client matching a title (for merging), or the one ticket a number names. */
export function useTicketSearch(clientId: number, text: string, exceptId: number) {
  const trimmed = text.trim().replace(/^#/, '');
  const query: TicketListQuery = { view: 'all', clientId, limit: 10, ...(trimmed ? { q: trimmed } : {}) };
  const byNumber = /^\d+$/.test(trimmed) ? Number(trimmed) : null;
  return useQuery({
    queryKey: [...ticketQueryKeys.search(query), byNumber],
    queryFn: async ({ signal }) => {
      const [page, numbered] = await Promise.all([
        byNumber === null
          ? unwrap(api.GET('/api/tickets', { params: { query }, signal }))
          : Promise.resolve({ items: [], nextCursor: null }),
        byNumber === null
          ? Promise.resolve(null)
          : api
              .GET('/api/tickets/{id}', { params: { path: { id: byNumber } }, signal })
              .then((result) => result.data ?? null)
              .catch(() => null),
      ]);
      const items = numbered && numbered.clientId === clientId ? [numbered, ...page.items] : page.items;
      return items.filter((ticket) => ticket.id !== exceptId && ticket.status !== 'closed');
    },
    placeholderData: keepPreviousData,
  });
}
