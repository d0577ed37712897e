import { type CatalogProductQuery, unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

export function useCatalogProducts(query: CatalogProductQuery) {
  return useQuery({
    queryKey: ['catalog', 'products', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/catalog/products', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
