import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../http/errors';
import type { Page } from '../http/pagination';

type Cursor = { sort: string; value: string | number; id: number };

export type KeysetRequest = { sort: string; cursor?: string; limit: number };

export type KeysetPlan = {
  /** Rows after the cursor; undefined on the first page. */
  where: SQL | undefined;
  orderBy: SQL[];
  /** One more than the page size, to learn whether another page follows. */
  fetch: number;
  toPage<Row extends { id: number }>(rows: Row[]): Page<Row>;
};

const invalidCursor = () =>
  new AppError(
    'invalid_cursor',
    400,
    'Invalid cursor: pass back the nextCursor of a list with the same sort',
    {
      errors: [{ parameter: 'querystring.cursor', message: 'not a cursor for this list and sort' }],
    },
  );

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

function decodeCursor(encoded: string, sort: string, column: PgColumn | undefined): Cursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalidCursor();
  const [cursorSort, value, id] = decoded as unknown[];
  if (cursorSort !== sort || !Number.isSafeInteger(id) || (id as number) < 0) throw invalidCursor();
  if (column && !valueFitsColumn(value, column)) throw invalidCursor();
  return { sort, value: value as string | number, id: id as number };
}

// A tampered cursor must be a 400, never a database cast error.
function valueFitsColumn(value: unknown, column: PgColumn): boolean {
  const type = column.getSQLType();
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  if (type.startsWith('timestamp')) return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  if (type === 'date') return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (type.startsWith('numeric')) return /^-?\d{1,20}(\.\d{1,10})?$/.test(String(value));
  if (type === 'integer') return Number.isSafeInteger(value);
  return typeof value === 'string' && value.length <= 1024;
}

function cursorValueOf(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return value;
  return String(value);
}

/**
 * Keyset ("seek") pagination: each page continues after the last row of the previous one by comparing
 * (sort value, id), so page 10,000 costs the same as page 1 and rows never repeat or go missing.
 * Sortable columns must be NOT NULL and indexed together with id.
 */
export function planKeyset(
  request: KeysetRequest,
  options: { columns: Record<string, PgColumn>; id: PgColumn },
): KeysetPlan {
  const descending = request.sort.startsWith('-');
  const field = descending ? request.sort.slice(1) : request.sort;
  const column = field === 'id' ? undefined : options.columns[field];
  if (field !== 'id' && !column) throw new Error(`Unsupported sort field ${field}`);
  const direction = descending ? desc : asc;
  const comparison = sql.raw(descending ? '<' : '>');

  let where: SQL | undefined;
  if (request.cursor) {
    const cursor = decodeCursor(request.cursor, request.sort, column);
    where = column
      ? sql`(${column}, ${options.id}) ${comparison} (${cursor.value}::${sql.raw(column.getSQLType())}, ${cursor.id})`
      : sql`${options.id} ${comparison} ${cursor.id}`;
  }

  return {
    where,
    orderBy: column ? [direction(column), direction(options.id)] : [direction(options.id)],
    fetch: request.limit + 1,
    toPage(rows) {
      const items = rows.slice(0, request.limit);
      const last = items.at(-1);
      const hasMore = rows.length > request.limit;
      const nextCursor =
        hasMore && last
          ? encodeCursor({
              sort: request.sort,
              value: cursorValueOf(field === 'id' ? last.id : (last as Record<string, unknown>)[field]),
              id: last.id,
            })
          : null;
      return { items, nextCursor };
    },
  };
}

/** A LIKE pattern matching the text anywhere, with the caller's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
