import type { ListPage } from '@smartcrm/api-client';

/** What every list endpoint accepts; `sort` is a field name, prefixed with `-` for descending. */
export type ListQuery = { limit: number; cursor?: string; sort?: string; q?: string };

/** Everything the generic list and detail views need to know about one API resource. */
export type ResourceDefinition<Item> = {
  /** Query-key root and route segment, e.g. `products`. */
  key: string;
  sortFields: readonly string[];
  defaultSort: string;
  fetchList: (query: ListQuery, signal: AbortSignal) => Promise<ListPage<Item>>;
  fetchOne: (id: number, signal: AbortSignal) => Promise<Item>;
};
