import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type SavedViewList, savedViewQueryKeys } from './saved-view-types';

/** The signed-in user's views of a list and the ones others shared, by name. */
export function useSavedViews(list: SavedViewList) {
  return useQuery({
    queryKey: savedViewQueryKeys.list(list),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/saved-views', { params: { query: { list } }, signal }))).items,
  });
}
