import type { Executor } from './database';

const preparedByExecutor = new WeakMap<Executor, Map<string, unknown>>();

/**
 * Builds a prepared query once per database handle and reuses it: hot lookups then skip building SQL in
 * JavaScript and, on PostgreSQL, parsing and planning it on the server.
 */
export function preparedQuery<Query>(
  executor: Executor,
  name: string,
  build: (executor: Executor) => Query,
): Query {
  let prepared = preparedByExecutor.get(executor);
  if (!prepared) {
    prepared = new Map();
    preparedByExecutor.set(executor, prepared);
  }
  let query = prepared.get(name) as Query | undefined;
  if (!query) {
    query = build(executor);
    prepared.set(name, query);
  }
  return query;
}
