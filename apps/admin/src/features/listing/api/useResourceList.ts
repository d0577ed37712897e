import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListQuery, ListResource } from './resource';

export function useResourceList<Item>(resource: ListResource<Item>, query: ListQuery) {
  return useQuery({
    queryKey: [resource.key, 'list', query],
    queryFn: ({ signal }) => resource.fetchList(query, signal),
    // Keeps the current rows on screen while the next page or sort order loads.
    placeholderData: keepPreviousData,
  });
}
