import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

export function useCategories() {
  return useQuery({
    queryKey: ['catalog', 'categories'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/catalog/categories', { signal })),
    staleTime: 10 * 60_000,
    select: (data) => data.items,
  });
}
