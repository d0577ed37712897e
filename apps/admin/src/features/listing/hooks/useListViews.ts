import { useSearchParams } from 'react-router';
import type { SavedView, SavedViewList } from '../api/saved-view-types';
import { useSavedViews } from '../api/useSavedViews';
import { activeView, viewSearch } from '../utils/saved-views';
import { useUpdateSearch } from './useUpdateSearch';

/** A list's saved views, the one on screen, and the URL changes that save and apply them. */
export function useListViews(list: SavedViewList) {
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const views = useSavedViews(list);
  const items = views.data ?? [];
  return {
    views,
    items,
    active: activeView(items, viewSearch(search)),
    /** Shows the list as the view has it, from its first page. */
    apply: (view: Pick<SavedView, 'query'>) => updateSearch(() => new URLSearchParams(view.query)),
    /** The list's query at this moment, from the address bar rather than the last render. */
    currentQuery: () => viewSearch(new URLSearchParams(window.location.search)),
  };
}
