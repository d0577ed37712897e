import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ListParams, readListParams, writeListParams } from '../utils/list-params';
import { toggleSort } from '../utils/sort';

/**
 * List state (search, sort, page size and the stack of cursors) kept in the URL, so that the browser's
 * Back button and links from a detail page return to the same page of results.
 */
export function useListParams(options: { sortFields: readonly string[]; defaultSort: string }) {
  const [search, setSearch] = useSearchParams();
  const { sortFields, defaultSort } = options;
  const params = useMemo(
    () => readListParams(search, { sortFields, defaultSort }),
    [search, sortFields, defaultSort],
  );

  const update = useCallback(
    (change: Partial<ListParams>, replace = false) =>
      setSearch(writeListParams({ ...params, ...change }, defaultSort), { replace }),
    [params, setSearch, defaultSort],
  );

  return {
    params,
    setQuery: useCallback((q: string) => update({ q, cursors: [] }, true), [update]),
    toggleSort: (field: string) => update({ sort: toggleSort(params.sort, field), cursors: [] }),
    setLimit: (limit: number) => update({ limit, cursors: [] }),
    goNext: (cursor: string) => update({ cursors: [...params.cursors, cursor] }),
    goPrevious: () => update({ cursors: params.cursors.slice(0, -1) }),
  };
}
