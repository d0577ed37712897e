import { type OrderListQuery, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { accountListPageSize } from './account-lists';

/** The customer's company's orders, newest first; the server shows customers no one else's. */
export function useMyOrders(cursor: string | undefined) {
  const query: OrderListQuery = {
    limit: accountListPageSize,
    sort: '-orderDate',
    ...(cursor ? { cursor } : {}),
  };
  return useQuery({
    queryKey: ['account', 'orders', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/orders', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
