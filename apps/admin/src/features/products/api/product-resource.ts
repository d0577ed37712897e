import { type Product, type ProductListQuery, unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { ResourceDefinition } from '../../listing/api/resource';

export const productResource: ResourceDefinition<Product> = {
  key: 'products',
  sortFields: ['name', 'price', 'createdAt', 'id'],
  defaultSort: 'name',
  filterKeys: ['status', 'categoryId', 'tags', 'lowStock'],
  fetchList: (query, signal) =>
    // The list view only produces sort values from `sortFields`, which mirror the API's enum.
    unwrap(api.GET('/api/products', { params: { query: query as ProductListQuery }, signal })),
  fetchOne: (id, signal) => unwrap(api.GET('/api/products/{id}', { params: { path: { id } }, signal })),
};

/** Query keys of product data; everything under `products` is stale after a product or stock write. */
export const productQueryKeys = {
  all: ['products'] as const,
  detail: (id: number) => ['products', 'detail', id] as const,
  stock: (id: number) => ['products', 'stock', id] as const,
  movements: (id: number) => ['products', 'movements', id] as const,
  history: (id: number) => ['products', 'history', id] as const,
  search: (q: string) => ['products', 'search', q] as const,
  audit: ['audit'] as const,
};
