import { unwrap } from '@smartcrm/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { productQueryKeys } from './product-resource';

const historyPageSize = 20;

/** The product's status changes, newest first, a page at a time. */
export function useProductHistory(productId: number) {
  return useInfiniteQuery({
    queryKey: productQueryKeys.history(productId),
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/products/{id}/history', {
          params: {
            path: { id: productId },
            query: { limit: historyPageSize, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
