import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

export function useCatalogProduct(id: number) {
  return useQuery({
    queryKey: ['catalog', 'product', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/catalog/products/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
