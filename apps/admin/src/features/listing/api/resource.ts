import type { ListPage } from '@smartcrm/api-client';

/** Values of a list's own filters (e.g. `role`), by query parameter; only filters that are set appear. */
export type ListFilters = Record<string, string>;

/**
 * What every list endpoint accepts; `sort` is a field name, prefixed with `-` for descending. A list's own
 * filters travel as further query parameters.
 */
export type ListQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  q?: string;
  [filter: string]: string | number | undefined;
};

/** What the generic list view needs to know about one API resource. */
export type ListResource<Item> = {
  /** Query-key root and route segment, e.g. `products`. */
  key: string;
  sortFields: readonly string[];
  defaultSort: string;
  /** Query parameters that narrow the list besides the search, kept in the page's URL. */
  filterKeys?: readonly string[];
  fetchList: (query: ListQuery, signal: AbortSignal) => Promise<ListPage<Item>>;
};

/** A listed resource whose records also have a page of their own. */
export type ResourceDefinition<Item> = ListResource<Item> & {
  fetchOne: (id: number, signal: AbortSignal) => Promise<Item>;
};
