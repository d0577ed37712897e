import { useQuery } from '@tanstack/react-query';
import type { ResourceDefinition } from './resource';

export function useResourceDetail<Item>(resource: ResourceDefinition<Item>, id: number) {
  return useQuery({
    queryKey: [resource.key, 'detail', id],
    queryFn: ({ signal }) => resource.fetchOne(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
