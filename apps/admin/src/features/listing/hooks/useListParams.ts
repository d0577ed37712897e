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

/**
 * List state (search, filters, sort, page size and the stack of cursors) kept in the URL, so that the
 * browser's Back button and links from a detail page return to the same page of results.
 */
export function useListParams(options: ListParamsOptions) {
  const [search, setSearch] = useSearchParams();
  const { sortFields, defaultSort, filterKeys } = options;
  const params = useMemo(
    () => readListParams(search, { sortFields, defaultSort, filterKeys }),
    [search, sortFields, defaultSort, filterKeys],
  );

  const update = useCallback(
    (change: Partial<ListParams>, replace = false) =>
      setSearch(writeListParams({ ...params, ...change }, defaultSort), { replace }),
    [params, setSearch, defaultSort],
  );

  return {
    params,
    setQuery: useCallback((q: string) => update({ q, cursors: [] }, true), [update]),
    /** Sets one filter and goes back to the first page; an empty value clears it. */
    setFilter: useCallback(
      (key: string, value: string | null) =>
        update({ filters: withFilter(params.filters, key, value), cursors: [] }),
      [update, params.filters],
    ),
    clearFilters: () => update({ filters: {}, cursors: [] }),
    toggleSort: (field: string) => update({ sort: toggleSort(params.sort, field), cursors: [] }),
    setLimit: (limit: number) => update({ limit, cursors: [] }),
    goNext: (cursor: string) => update({ cursors: [...params.cursors, cursor] }),
    goPrevious: () => update({ cursors: params.cursors.slice(0, -1) }),
  };
}
