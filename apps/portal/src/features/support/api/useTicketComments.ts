import { unwrap } from '@smartcrm/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ticketKeys } from './ticket-keys';

const threadPageSize = 50;

/** The ticket's public thread, oldest first, a page at a time; customers never receive internal notes. */
export function useTicketComments(id: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ticketKeys.comments(id),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/tickets/{id}/comments', {
          params: {
            path: { id },
            query: { limit: threadPageSize, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}
