import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { productQueryKeys } from './product-resource';

const pickerPageSize = 20;

/** The first products whose name or SKU match `q`, in any status, for pickers. */
export function useProductSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: productQueryKeys.search(text),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/products', {
          params: { query: { limit: pickerPageSize, sort: 'name', ...(text ? { q: text } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
