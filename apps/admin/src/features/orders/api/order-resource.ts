import { type Order, type OrderListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';

export const orderResource: ResourceDefinition<Order> = {
  key: 'orders',
  sortFields: ['orderDate', 'totalAmount', 'createdAt', 'id'],
  defaultSort: '-orderDate',
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/orders', { params: { query: query as OrderListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/orders/{id}', { params: { path: { id } }, signal })),
};
