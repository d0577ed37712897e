import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** One of the customer's company's orders; another company's answers 404, as if it did not exist. */
export function useMyOrder(id: number) {
  return useQuery({
    queryKey: ['account', 'order', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/orders/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
