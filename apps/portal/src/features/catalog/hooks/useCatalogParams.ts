import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type CatalogParams,
  type CatalogSort,
  readCatalogParams,
  writeCatalogParams,
} from '../utils/catalog-params';

/** Catalogue filters and the stack of page cursors, kept in the URL so Back returns to the same page. */
export function useCatalogParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readCatalogParams(search), [search]);

  const update = useCallback(
    (change: Partial<CatalogParams>, replace = false) =>
      setSearch(writeCatalogParams({ ...params, ...change }), { replace }),
    [params, setSearch],
  );

  return {
    params,
    setQuery: useCallback((q: string) => update({ q, cursors: [] }, true), [update]),
    setCategory: (categoryId: number | null) => update({ categoryId, cursors: [] }),
    setSort: (sort: CatalogSort) => update({ sort, cursors: [] }),
    goNext: (cursor: string) => update({ cursors: [...params.cursors, cursor] }),
    goPrevious: () => update({ cursors: params.cursors.slice(0, -1) }),
  };
}
