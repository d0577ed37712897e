import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

export const categoryQueryKeys = { all: ['categories'] as const, tree: ['categories', 'tree'] as const };

/** The whole category tree, roots and each level's children sorted by name. */
export function useCategoryTree() {
  return useQuery({
    queryKey: categoryQueryKeys.tree,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/categories', { signal }))).items,
    // Categories change rarely; every picker on a page shares one answer.
    staleTime: 60_000,
  });
}
