import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import {
  type NewSavedView,
  type SavedView,
  type SavedViewChanges,
  type SavedViewList,
  savedViewQueryKeys,
} from './saved-view-types';

// Also after a failure: a 404 or 412 means the view changed elsewhere, which the menu should show.
function useSavedViewWrite<Input, Output>(list: SavedViewList, write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedViewQueryKeys.list(list) }),
  });
}

export function useCreateSavedView(list: SavedViewList) {
  return useSavedViewWrite(list, (body: Omit<NewSavedView, 'list'>) =>
    unwrap(api.POST('/api/saved-views', { body: { ...body, list } })),
  );
}

export type SavedViewUpdate = { view: Pick<SavedView, 'id' | 'version'>; changes: SavedViewChanges };

export function useUpdateSavedView(list: SavedViewList) {
  return useSavedViewWrite(list, ({ view, changes }: SavedViewUpdate) =>
    unwrap(
      api.PATCH('/api/saved-views/{id}', {
        params: { path: { id: view.id } },
        body: changes,
        headers: ifMatch(view.version),
      }),
    ),
  );
}

export function useDeleteSavedView(list: SavedViewList) {
  return useSavedViewWrite(list, async (view: Pick<SavedView, 'id' | 'version'>) => {
    await api.DELETE('/api/saved-views/{id}', {
      params: { path: { id: view.id } },
      headers: ifMatch(view.version),
    });
  });
}
