import { unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ListResource } from '../../listing/api/resource';
import type { OrderListQuery, OrderSummary } from './order-types';

/** Query parameters of the order list besides search, sort and paging, kept in the page's URL. */
export const orderFilterKeys = [
  'status',
  'paymentStatus',
  'fulfilmentStatus',
  'clientId',
  'ownerUserId',
  'overdue',
  'from',
  'to',
] as const;

export const orderResource: ListResource<OrderSummary> = {
  key: 'orders',
  sortFields: ['orderDate', 'totalAmount', 'createdAt', 'id'],
  defaultSort: '-orderDate',
  filterKeys: orderFilterKeys,
  fetchList: (query, signal) =>
    // The list view sends only `sortFields` and `filterKeys`, which mirror the API's query parameters.
    unwrap(api.GET('/api/orders', { params: { query: query as OrderListQuery }, signal })),
};
