import { getTableColumns, getTableName, type InferInsertModel, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

/**
 * Inserts many rows with one statement per batch: each column travels as a single array parameter and
 * `unnest` turns them back into rows. That keeps the parameter count at one per column (the wire protocol
 * allows 65,535) and is close to COPY in speed on both PostgreSQL and PGlite.
 */
export async function bulkInsert<TTable extends PgTable>(
  executor: Executor,
  table: TTable,
  rows: InferInsertModel<TTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
    rows.some((row) => (row as Record<string, unknown>)[key] !== undefined),
  );
  const columnNames = columns.map(([, column]) => sql.identifier(column.name));
  const arrays = columns.map(([key, column]) => {
    const values = rows.map((row) => {
      const value = (row as Record<string, unknown>)[key];
      return value === undefined || value === null ? null : column.mapToDriverValue(value);
    });
    return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
  });
  await executor.execute(
    sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(columnNames, sql`, `)})
        select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}
