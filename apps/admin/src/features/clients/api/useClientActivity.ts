import { unwrap } from '@smartcrm/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { clientQueryKeys } from './client-types';

const pageSize = 10;

/** The client's orders, newest first, a page at a time. */
export function useClientOrders(clientId: number) {
  return useInfiniteQuery({
    queryKey: clientQueryKeys.orders(clientId),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/orders', {
          params: {
            query: {
              clientId,
              limit: pageSize,
              sort: '-orderDate',
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The client's support tickets, newest first, a page at a time. */
export function useClientTickets(clientId: number) {
  return useInfiniteQuery({
    queryKey: clientQueryKeys.tickets(clientId),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/tickets', {
          params: {
            query: {
              clientId,
              limit: pageSize,
              sort: '-createdAt',
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
