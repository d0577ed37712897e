import type { ListFilters, ListQuery } from '../api/resource';
import { parseSort } from './sort';

export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

export type ListParams = {
  q: string;
  sort: string;
  limit: number;
  /** Cursors of the pages after the first, oldest first; the last one is the current page. */
  cursors: string[];
  filters: ListFilters;
};

export type ListParamsOptions = {
  sortFields: readonly string[];
  defaultSort: string;
  filterKeys?: readonly string[];
};

// The URL parameters the list itself uses; a resource's filters must be named differently.
const reservedKeys = new Set(['q', 'sort', 'limit', 'after']);

/** Reads list state from the URL, ignoring values the resource does not support. */
export function readListParams(search: URLSearchParams, options: ListParamsOptions): ListParams {
  const sort = search.get('sort');
  const limit = Number(search.get('limit'));
  const filters: ListFilters = {};
  for (const key of options.filterKeys ?? []) {
    const value = search.get(key)?.trim();
    if (value && !reservedKeys.has(key)) filters[key] = value;
  }
  return {
    q: search.get('q') ?? '',
    sort: sort && options.sortFields.includes(parseSort(sort).field) ? sort : options.defaultSort,
    limit: (pageSizes as readonly number[]).includes(limit) ? limit : defaultPageSize,
    cursors: search.getAll('after').filter(Boolean),
    filters,
  };
}

export function writeListParams(params: ListParams, defaultSort: string): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  for (const [key, value] of Object.entries(params.filters)) {
    if (value) search.set(key, value);
  }
  if (params.sort !== defaultSort) search.set('sort', params.sort);
  if (params.limit !== defaultPageSize) search.set('limit', String(params.limit));
  for (const cursor of params.cursors) search.append('after', cursor);
  return search;
}

export function toListQuery(params: ListParams): ListQuery {
  const query: ListQuery = { ...params.filters, limit: params.limit, sort: params.sort };
  const cursor = params.cursors.at(-1);
  if (cursor) query.cursor = cursor;
  if (params.q.trim()) query.q = params.q.trim();
  return query;
}

/** Sets one filter (an empty value removes it). */
export function withFilter(filters: ListFilters, key: string, value: string | null): ListFilters {
  const next = { ...filters };
  if (value?.trim()) next[key] = value.trim();
  else delete next[key];
  return next;
}
