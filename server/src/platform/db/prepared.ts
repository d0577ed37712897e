import type { Query, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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

// What drizzle keeps on a prepared query to run it again and map its rows (private in its typings).
type StatementTemplate = {
  query: Query;
  fields?: unknown;
  arrayMode: boolean;
  customResultMapper?: unknown;
  joinsNotNullableMap?: Record<string, boolean>;
};
type BuiltStatement = {
  getQuery(): Query;
  fields?: unknown;
  _isResponseInArrayMode?: boolean;
  customResultMapper?: unknown;
  joinsNotNullableMap?: Record<string, boolean>;
};

function bind(executor: Executor, name: string, template: StatementTemplate) {
  const bound = executor._.session.prepareQuery(
    template.query,
    template.fields as Parameters<Executor['_']['session']['prepareQuery']>[1],
    name,
    template.arrayMode,
    template.customResultMapper as Parameters<Executor['_']['session']['prepareQuery']>[4],
  );
  (bound as unknown as BuiltStatement).joinsNotNullableMap = template.joinsNotNullableMap;
  return bound;
}

/**
 * A prepared statement for any executor, the root handle or a transaction. `preparedQuery` keeps a statement
 * per handle, and every transaction is a new handle, so a statement run inside transactions would be built
 * again each time; this one builds the SQL text once and only binds it to the executor's connection on each
 * call. `build` must take every value that varies as a `sql.placeholder` (an update's `updatedAt` too:
 * drizzle would otherwise fix the build's `new Date()` into it). Names must be unique in the application.
 */
export function reusableStatement<Prepared extends { execute(values?: Record<string, unknown>): unknown }>(
  name: string,
  build: (executor: Executor) => Prepared,
): (executor: Executor) => Prepared {
  let template: StatementTemplate | undefined;
  return (executor) => {
    if (!template) {
      const built = build(executor) as unknown as BuiltStatement;
      template = {
        query: built.getQuery(),
        fields: built.fields,
        arrayMode: built._isResponseInArrayMode ?? false,
        customResultMapper: built.customResultMapper,
        joinsNotNullableMap: built.joinsNotNullableMap,
      };
    }
    return bind(executor, name, template) as unknown as Prepared;
  };
}

/**
 * `reusableStatement` for SQL the query builder cannot express (for instance `insert … select from unnest(…)`
 * into a table with an identity column); `execute` answers with the driver's result.
 */
export function reusableSqlStatement(
  name: string,
  query: SQL,
): (executor: Executor) => { execute(values?: Record<string, unknown>): Promise<unknown> } {
  const template: StatementTemplate = { query: new PgDialect().sqlToQuery(query), arrayMode: false };
  return (executor) => bind(executor, name, template);
}
