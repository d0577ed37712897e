import { unwrap } from '@smartcrm/api-client';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import type { CategoryChanges, CategoryNode, NewCategory } from './category-types';
import { categoryQueryKeys } from './useCategoryTree';

function categoriesChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: categoryQueryKeys.all });
  // Products show their category's name, and list filters include the categories below.
  void queryClient.invalidateQueries({ queryKey: ['products'] });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCategory) => unwrap(api.POST('/api/categories', { body })),
    onSuccess: () => categoriesChanged(queryClient),
  });
}

/** Renames or moves a category as it was loaded (If-Match: a change made in between is a 412). */
export function useUpdateCategory(category: Pick<CategoryNode, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: CategoryChanges) =>
      unwrap(
        api.PATCH('/api/categories/{id}', {
          params: { path: { id: category.id } },
          body: changes,
          headers: ifMatch(category.version),
        }),
      ),
    onSuccess: () => categoriesChanged(queryClient),
  });
}

export function useDeleteCategory(category: Pick<CategoryNode, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/categories/{id}', {
        params: { path: { id: category.id } },
        headers: ifMatch(category.version),
      });
    },
    onSuccess: () => categoriesChanged(queryClient),
  });
}

/** Loads the tree again, e.g. after a version conflict. */
export function useReloadCategories() {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: categoryQueryKeys.tree });
}
