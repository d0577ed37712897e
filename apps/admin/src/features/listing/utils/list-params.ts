import type { ListQuery } from '../api/resource';
import { parseSort } from './sort';

export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

export type ListParams = {
  q: string;
  sort: string;
  limit: number;
  /** Cursors of the pages after the first, oldest first; the last one is the current page. */
  cursors: string[];
};

/** Reads list state from the URL, ignoring values the resource does not support. */
export function readListParams(
  search: URLSearchParams,
  options: { sortFields: readonly string[]; defaultSort: string },
): ListParams {
  const sort = search.get('sort');
  const limit = Number(search.get('limit'));
  return {
    q: search.get('q') ?? '',
    sort: sort && options.sortFields.includes(parseSort(sort).field) ? sort : options.defaultSort,
    limit: (pageSizes as readonly number[]).includes(limit) ? limit : defaultPageSize,
    cursors: search.getAll('after').filter(Boolean),
  };
}

export function writeListParams(params: ListParams, defaultSort: string): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.sort !== defaultSort) search.set('sort', params.sort);
  if (params.limit !== defaultPageSize) search.set('limit', String(params.limit));
  for (const cursor of params.cursors) search.append('after', cursor);
  return search;
}

export function toListQuery(params: ListParams): ListQuery {
  const query: ListQuery = { limit: params.limit, sort: params.sort };
  const cursor = params.cursors.at(-1);
  if (cursor) query.cursor = cursor;
  if (params.q.trim()) query.q = params.q.trim();
  return query;
}
