import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { fetchAllPages } from './fetch-all-pages';
import {
  type CategoryInput,
  supportSettingsQueryKeys as keys,
  type TicketCategory,
} from './support-settings-types';
import { useSettingsWrite } from './useSettingsWrite';

/** Every ticket category, by name, with the queue it routes to and the skill it needs. */
export function useCategories() {
  return useQuery({
    queryKey: keys.categories,
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        unwrap(
          api.GET('/api/tickets/categories', {
            params: { query: { limit: 100, sort: 'name', ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
  });
}

// Queues list how many categories lead to them only through their usage, which is read on delete.
const categoryTouches = [keys.categories] as const;

export function useCreateCategory() {
  return useSettingsWrite(
    (body: CategoryInput) => unwrap(api.POST('/api/tickets/categories', { body })),
    categoryTouches,
  );
}

export type CategoryUpdate = { category: Pick<TicketCategory, 'id' | 'version'>; changes: CategoryInput };

export function useUpdateCategory() {
  return useSettingsWrite(
    ({ category, changes }: CategoryUpdate) =>
      unwrap(
        api.PATCH('/api/tickets/categories/{id}', {
          params: { path: { id: category.id } },
          body: changes,
          headers: ifMatch(category.version ?? 0),
        }),
      ),
    categoryTouches,
  );
}

export function useDeleteCategory() {
  return useSettingsWrite(async (category: Pick<TicketCategory, 'id' | 'version'>) => {
    await api.DELETE('/api/tickets/categories/{id}', {
      params: { path: { id: category.id } },
      headers: ifMatch(category.version ?? 0),
    });
  }, categoryTouches);
}
