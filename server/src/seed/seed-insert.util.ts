import { getTableColumns, getTableName, type InferInsertModel, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../platform/db/database';

export type Column = ReturnType<typeof getTableColumns>[string];

// Timestamps may be given as epoch milliseconds: a generated row needs no Date object per instant.
type EpochTimes<Row> = {
  [Key in keyof Row]: Extract<Row[Key], Date> extends never ? Row[Key] : Row[Key] | number;
};

/** A row as the seed writes it: the table's insert shape, with the id the seed chose when it has one. */
export type SeedRow<TTable extends PgTable> = EpochTimes<InferInsertModel<TTable>> & { id?: number };

// Timestamps travel as whole seconds since this instant: small integers, which V8 writes many times
// faster than millisecond epochs (until 2034; later ones are merely slower).
const TIME_BASE_SECONDS = Date.UTC(2000, 0, 1) / 1000;
const TIME_BASE = new Date(TIME_BASE_SECONDS * 1000).toISOString();

/** Rows of one table, encoded and ready to send. */
export type PreparedRows = { run(executor: Executor): Promise<void> };

/**
 * How the seed writes rows. Encoding (`prepare`) is the CPU-heavy part and is done ahead, so the seed can
 * build the next batch while the database takes this one.
 */
export type RowWriter = {
  prepare<TTable extends PgTable>(table: TTable, rows: readonly SeedRow<TTable>[]): PreparedRows | null;
};

/**
 * The portable writer (PGlite, and any executor): one insert statement per table and batch, each column
 * one array parameter that `unnest` turns back into rows (a multi-row VALUES needs one per value). Three
 * differences matter at tens of millions of rows. Each column's array literal is written by one
 * `JSON.stringify` of its values (a JSON array of numbers or strings is a PostgreSQL array literal once its
 * brackets are braces), instead of node-postgres converting every element on its own: several times less
 * CPU per order item. Timestamps travel as whole seconds. And ids may be given (`overriding system
 * value`), so the seed can point a row at another generated in the same batch before either is written;
 * `loadPhase` moves the identity sequences on afterwards.
 */
export const unnestWriter: RowWriter = {
  prepare(table, rows) {
    const statement = insertStatement(table, rows);
    return statement && { run: async (executor) => void (await executor.execute(statement)) };
  },
};

function insertStatement<TTable extends PgTable>(
  table: TTable,
  rows: readonly SeedRow<TTable>[],
): SQL | null {
  if (rows.length === 0) return null;
  const columns = columnsGiven(table, rows);
  const arrays: SQL[] = [];
  const values: SQL[] = [];
  columns.forEach(([key, column], position) => {
    const alias = sql.identifier(`c${position}`);
    const literal = arrayLiteral(column, rows, key);
    if (column.columnType === 'PgTimestamp') {
      arrays.push(sql`${literal}::integer[]`);
      values.push(sql`${TIME_BASE}::timestamptz + ${alias} * interval '1 second'`);
    } else if (column.columnType === 'PgArray') {
      // unnest flattens arrays of arrays: each row's array travels as its literal and is cast back.
      arrays.push(sql`${literal}::text[]`);
      values.push(sql`${alias}::${sql.raw(column.getSQLType())}`);
    } else {
      arrays.push(sql`${literal}::${sql.raw(column.getSQLType())}[]`);
      values.push(sql`${alias}`);
    }
  });
  const names = columns.map(([, column]) => sql.identifier(column.name));
  const aliases = columns.map((_, position) => sql.identifier(`c${position}`));
  const overriding = columns.some(([key]) => key === 'id')
    ? sql.raw(' overriding system value')
    : sql.raw('');
  return sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(names, sql`, `)})${overriding}
      select ${sql.join(values, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as rows (${sql.join(aliases, sql`, `)})`;
}

/**
 * The table's columns the rows give, in table order; a row without one of them gets NULL there, and
 * columns no row gives keep their defaults.
 */
export function columnsGiven(table: PgTable, rows: readonly object[]): [string, Column][] {
  const present = new Set<string>();
  for (const row of rows) {
    for (const key in row) if ((row as Record<string, unknown>)[key] !== undefined) present.add(key);
  }
  return Object.entries(getTableColumns(table)).filter(([key]) => present.has(key));
}

/** One column of the rows as a PostgreSQL array literal. */
function arrayLiteral(column: Column, rows: readonly object[], key: string): string {
  const elements = new Array<unknown>(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const value = (rows[index] as Record<string, unknown>)[key];
    elements[index] = value === undefined || value === null ? null : driverValue(column, value);
  }
  const json = JSON.stringify(elements);
  // JSON and array literals escape quotes and backslashes alike; JSON's other escapes (control characters
  // as \n, \u0007) mean something else in a literal, so such a column takes the slow, exact way.
  if (/\\[^"\\]/.test(json)) return `{${elements.map(slowElement).join(',')}}`;
  return `{${json.slice(1, -1)}}`;
}

function driverValue(column: Column, value: unknown): unknown {
  switch (column.columnType) {
    case 'PgTimestamp': {
      const epochMs = value instanceof Date ? value.getTime() : (value as number);
      return Math.floor(epochMs / 1000) - TIME_BASE_SECONDS;
    }
    case 'PgInteger':
    case 'PgSmallInt':
    case 'PgBoolean':
      return value;
    default: {
      // Strings (text, numbers in numeric columns, dates) and JSON documents, which arrive serialised.
      const mapped = column.mapToDriverValue(value);
      return typeof mapped === 'string' ? mapped : String(mapped);
    }
  }
}

/** An element written by hand: NULL, a bare number or boolean, or a double-quoted string. */
function slowElement(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value !== 'string') return String(value);
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Writes prepared rows one table after another, in order. */
export async function runPrepared(
  executor: Executor,
  prepared: readonly (PreparedRows | null)[],
): Promise<void> {
  for (const rows of prepared) if (rows) await rows.run(executor);
}

/** The next id the seed may give a table's rows: one past the largest there is. */
export async function nextId(executor: Executor, table: PgTable): Promise<number> {
  const [row] = await queryRows<{ max: number | null }>(
    executor,
    sql`select max(id)::int as max from ${table}`,
  );
  return (row?.max ?? 0) + 1;
}

/** After rows with given ids: the identity sequence continues after the largest id, as if it had made them. */
export async function restartIdentity(executor: Executor, table: PgTable): Promise<void> {
  const name = getTableName(table);
  await executor.execute(
    sql`select setval(pg_get_serial_sequence(${name}, 'id'), coalesce(max(id), 0) + 1, false) from ${table}`,
  );
}
