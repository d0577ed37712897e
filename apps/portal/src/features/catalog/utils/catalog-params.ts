import type { CatalogProductQuery } from '@smartcrm/api-client';

export const catalogPageSize = 12;
export const catalogSorts = ['name', 'price', '-price', '-createdAt'] as const;
export type CatalogSort = (typeof catalogSorts)[number];

export type CatalogParams = {
  q: string;
  categoryId: number | null;
  sort: CatalogSort;
  /** Cursors of the pages after the first, oldest first; the last one is the current page. */
  cursors: string[];
};

export function readCatalogParams(search: URLSearchParams): CatalogParams {
  const sort = search.get('sort');
  const category = Number(search.get('category'));
  return {
    q: search.get('q') ?? '',
    categoryId: Number.isInteger(category) && category > 0 ? category : null,
    sort: (catalogSorts as readonly string[]).includes(sort ?? '') ? (sort as CatalogSort) : 'name',
    cursors: search.getAll('after').filter(Boolean),
  };
}

export function writeCatalogParams(params: CatalogParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.categoryId !== null) search.set('category', String(params.categoryId));
  if (params.sort !== 'name') search.set('sort', params.sort);
  for (const cursor of params.cursors) search.append('after', cursor);
  return search;
}

export function toCatalogQuery(params: CatalogParams): CatalogProductQuery {
  const query: CatalogProductQuery = { limit: catalogPageSize, sort: params.sort };
  const cursor = params.cursors.at(-1);
  if (cursor) query.cursor = cursor;
  if (params.q.trim()) query.q = params.q.trim();
  if (params.categoryId !== null) query.categoryId = params.categoryId;
  return query;
}
