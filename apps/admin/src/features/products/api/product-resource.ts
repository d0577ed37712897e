import { type Product, type ProductListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';

export const productResource: ResourceDefinition<Product> = {
  key: 'products',
  sortFields: ['name', 'price', 'createdAt', 'id'],
  defaultSort: 'name',
  fetchList: (query, signal) =>
    // The list view only produces sort values from `sortFields`, which mirror the API's enum.
    unwrap(api.GET('/api/products', { params: { query: query as ProductListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/products/{id}', { params: { path: { id } }, signal })),
};
