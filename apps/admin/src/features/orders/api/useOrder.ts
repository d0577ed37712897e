import { unwrap } from '@smartcrm/api-client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { orderQueryKeys } from './order-types';

/** One order with its lines, payments, shipments, history and available actions. */
export function useOrder(id: number) {
  return useQuery({
    queryKey: orderQueryKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/orders/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Loads the order again, e.g. after a version conflict. */
export function useReloadOrder(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: orderQueryKeys.detail(id), exact: true });
}
