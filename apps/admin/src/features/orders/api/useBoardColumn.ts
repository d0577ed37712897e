import { unwrap } from '@smartcrm/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ListFilters } from '../../listing/api/resource';
import { type OrderListQuery, type OrderStatus, orderQueryKeys } from './order-types';

const cardsPerPage = 20;

/** One column of the board: the orders in one status matching the list's other filters, newest first. */
export function useBoardColumn(status: OrderStatus, filters: ListFilters, q: string) {
  return useInfiniteQuery({
    queryKey: [...orderQueryKeys.board, status, filters, q],
    queryFn: ({ pageParam, signal }) => {
      const query = {
        ...filters,
        ...(q.trim() ? { q: q.trim() } : {}),
        status,
        sort: '-orderDate',
        limit: cardsPerPage,
        ...(pageParam ? { cursor: pageParam } : {}),
      } as OrderListQuery;
      return unwrap(api.GET('/api/orders', { params: { query }, signal }));
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
