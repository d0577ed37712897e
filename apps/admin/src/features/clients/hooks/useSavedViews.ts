import { useLocalStorage } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import {
  parseSavedViews,
  type SavedView,
  savedViewsStorageKey,
  viewSearch,
  withoutSavedView,
  withSavedView,
} from '../utils/saved-views';

/**
 * The signed-in user's named views of a list (filters, search, sort, page size). Kept in this browser's
 * localStorage per user for now; a server-side store can replace it without changing callers.
 */
export function useSavedViews(list: string) {
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const [views, setViews] = useLocalStorage<SavedView[]>({
    key: savedViewsStorageKey(list, session?.user.id ?? 0),
    defaultValue: [],
    deserialize: parseSavedViews,
    serialize: JSON.stringify,
    getInitialValueInEffect: false,
  });
  const current = viewSearch(search);
  return {
    views,
    /** The saved view the list shows now, if any. */
    active: views.find((view) => view.search === current) ?? null,
    save: (name: string) => setViews((stored) => withSavedView(stored, { name, search: current })),
    remove: (name: string) => setViews((stored) => withoutSavedView(stored, name)),
    apply: (view: SavedView) => setSearch(new URLSearchParams(view.search)),
  };
}
