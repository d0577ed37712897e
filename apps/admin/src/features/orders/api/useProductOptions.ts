import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

const pickerPageSize = 20;

/** Products that can be sold (active, or discontinued while stock lasts) matching `q`, for the line picker. */
export function useProductOptions(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['products', 'sellable', text],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/products', {
          params: {
            query: {
              limit: pickerPageSize,
              sort: 'name',
              status: 'active,discontinued',
              ...(text ? { q: text } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
