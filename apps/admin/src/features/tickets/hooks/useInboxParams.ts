import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useListParams } from '../../listing/hooks/useListParams';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import {
  type InboxView,
  inboxFilterKeys,
  inboxQuery,
  inboxSortFields,
  inboxUrlKeys,
  readInboxView,
  withoutFilters,
  withView,
} from '../utils/inbox-view';

const defaultSort = '-updatedAt';

/**
 * The inbox's state, all of it in the URL (view, queue, filters, search, sort, page), so Back and links
 * from a ticket return to the same list. `defaultView` applies while the URL names none.
 */
export function useInboxParams(defaultView: InboxView) {
  const [search] = useSearchParams();
  const list = useListParams({ sortFields: inboxSortFields, defaultSort, filterKeys: inboxUrlKeys });
  const updateSearch = useUpdateSearch();
  const { params } = list;
  const view = readInboxView(params.filters.view, defaultView);
  const queueId = params.filters.queueId ? Number(params.filters.queueId) : null;
  const sortChosen = search.has('sort');

  const query = useMemo(
    () => inboxQuery({ ...params, filters: { ...params.filters, view } }, { sortChosen }),
    [params, view, sortChosen],
  );
  const filtered = inboxFilterKeys.some((key) => Boolean(params.filters[key]));

  return {
    params,
    view,
    queueId,
    query,
    filtered,
    sortChosen,
    setQuery: list.setQuery,
    setFilter: list.setFilter,
    toggleSort: list.toggleSort,
    setLimit: list.setLimit,
    goNext: list.goNext,
    goPrevious: list.goPrevious,
    setView: useCallback(
      (next: InboxView, nextQueueId?: number | null) =>
        updateSearch((current) => withView(current, next, nextQueueId)),
      [updateSearch],
    ),
    clearFilters: useCallback(() => updateSearch((current) => withoutFilters(current)), [updateSearch]),
  };
}
