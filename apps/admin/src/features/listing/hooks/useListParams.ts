import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type ListParams,
  type ListParamsOptions,
  readListParams,
  withFilter,
  writeListParams,
} from '../utils/list-params';
import { toggleSort } from '../utils/sort';
import { useUpdateSearch } from './useUpdateSearch';

/**
 * List state (search, filters, sort, page size and the stack of cursors) kept in the URL, so that the
 * browser's Back button and links from a detail page return to the same page of results.
 */
export function useListParams(options: ListParamsOptions) {
  const [search] = useSearchParams();
  const { sortFields, defaultSort, filterKeys } = options;
  const params = useMemo(
    () => readListParams(search, { sortFields, defaultSort, filterKeys }),
    [search, sortFields, defaultSort, filterKeys],
  );

  const updateSearch = useUpdateSearch();
  const update = useCallback(
    (change: (current: ListParams) => Partial<ListParams>, replace = false) =>
      updateSearch(
        (current) => {
          const now = readListParams(current, { sortFields, defaultSort, filterKeys });
          return writeListParams({ ...now, ...change(now) }, defaultSort);
        },
        { replace },
      ),
    [updateSearch, sortFields, defaultSort, filterKeys],
  );

  return {
    params,
    setQuery: useCallback((q: string) => update(() => ({ q, cursors: [] }), true), [update]),
    /** Sets one filter and goes back to the first page; an empty value clears it. */
    setFilter: useCallback(
      (key: string, value: string | null) =>
        update((now) => ({ filters: withFilter(now.filters, key, value), cursors: [] })),
      [update],
    ),
    clearFilters: () => update(() => ({ filters: {}, cursors: [] })),
    toggleSort: (field: string) => update((now) => ({ sort: toggleSort(now.sort, field), cursors: [] })),
    setLimit: (limit: number) => update(() => ({ limit, cursors: [] })),
    goNext: (cursor: string) => update((now) => ({ cursors: [...now.cursors, cursor] })),
    goPrevious: () => update((now) => ({ cursors: now.cursors.slice(0, -1) })),
  };
}
