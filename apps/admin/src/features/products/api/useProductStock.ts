import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import { productQueryKeys } from './product-resource';
import type { NewMovement } from './product-types';

export function useProductStock(productId: number) {
  return useQuery({
    queryKey: productQueryKeys.stock(productId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/products/{id}/stock', { params: { path: { id: productId } }, signal })),
  });
}

/** One page of the stock ledger, newest first; `cursor` is the previous page's `nextCursor`. */
export function useProductMovements(productId: number, page: { cursor?: string; limit: number }) {
  return useQuery({
    queryKey: [...productQueryKeys.movements(productId), page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/products/{id}/movements', {
          params: { path: { id: productId }, query: page },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A receipt, adjustment or return; the answer carries the stock it left. */
export function useRecordMovement(productId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMovement) =>
      unwrap(
        api.POST('/api/products/{id}/movements', {
          params: { path: { id: productId } },
          body,
          middleware: [keepProblemExtensions],
        }),
      ),
    onSuccess: ({ stock }) => {
      queryClient.setQueryData(productQueryKeys.stock(productId), stock);
      // Lists and the product show stock figures too; the ledger has a new first row.
      void queryClient.invalidateQueries({ queryKey: productQueryKeys.all });
      void queryClient.invalidateQueries({ queryKey: productQueryKeys.audit });
    },
  });
}
