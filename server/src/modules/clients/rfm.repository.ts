import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../platform/db/database';
import { orders } from '../orders/schema';

// Orders that never became a sale, or were given back, say nothing about a client's value.
const countedOrder = sql`${orders.status} not in ('draft', 'cancelled', 'refunded')`;

/*
 * RFM scores live in the materialized view client_rfm_scores (migration 0013): every client with a counted
 * order, its last order, order count and total, and its three scores. Each score is the quintile of the
 * client's cumulative distribution, ceil(5 · k / n), where k is the number of clients whose value is at or
 * below its own: equal values always get equal scores (ntile would split ties arbitrarily), and integer
 * arithmetic keeps the borders exact. 5 is best on every axis: most recent order, most orders, highest
 * total. Ranking every client takes seconds at a million clients, so it is done by the clients.rfm-refresh
 * job, not per request; client_rfm_score_refreshes holds when it last ran.
 */

/** The view, for SQL that joins the scores (the segment rules). */
export const rfmScores = sql.raw('client_rfm_scores');

// PostgreSQL's "materialized view … has not been populated" (a restore of the schema without data).
const OBJECT_NOT_IN_PREREQUISITE_STATE = '55000';

function isUnpopulated(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (candidate.code === OBJECT_NOT_IN_PREREQUISITE_STATE) return true;
    current = candidate.cause;
  }
  return false;
}

/**
 * Recomputes every client's scores and returns when. Concurrently once the view holds data, so readers keep
 * the previous scores meanwhile and never wait; the time is written in the same transaction.
 */
export async function refreshRfmScores(db: Executor): Promise<Date> {
  return db.transaction(async (tx) => {
    const [view] = await queryRows<{ populated: boolean }>(
      tx,
      sql`select relispopulated as populated from pg_class where oid = 'client_rfm_scores'::regclass`,
    );
    await tx.execute(
      view?.populated
        ? sql`refresh materialized view concurrently client_rfm_scores`
        : sql`refresh materialized view client_rfm_scores`,
    );
    const [refresh] = await queryRows<{ refreshed_at: Date | string }>(
      tx,
      sql`insert into client_rfm_score_refreshes (id, refreshed_at) values (true, now())
          on conflict (id) do update set refreshed_at = excluded.refreshed_at
          returning refreshed_at`,
    );
    if (!refresh) throw new Error('the RFM refresh time was not written');
    return new Date(refresh.refreshed_at);
  });
}

/**
 * Runs a read of the scores, computing them first if they never were (the view exists but was never
 * filled, as after restoring a schema-only dump). Pass the root handle: a failed read aborts a transaction.
 */
export async function withRfmScores<T>(db: Database, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isUnpopulated(error)) throw error;
    await refreshRfmScores(db);
    return read();
  }
}

type RfmRow = {
  as_of: Date | string;
  client_id: number | null;
  last_order_at: Date | string;
  order_count: number;
  total_amount: string;
  recency: number;
  frequency: number;
  monetary: number;
};

export type ClientRfmScores = {
  lastOrderAt: Date;
  orderCount: number;
  totalAmount: string;
  recency: number;
  frequency: number;
  monetary: number;
};

/** One client's scores (none without a counted order at the last refresh) and when they were computed. */
export async function findClientRfm(
  db: Database,
  clientId: number,
): Promise<{ asOf: Date; scores?: ClientRfmScores }> {
  const read = () =>
    queryRows<RfmRow>(
      db,
      sql`select r.refreshed_at as as_of, s.client_id, s.last_order_at, s.order_count,
            s.total_amount::text as total_amount, s.recency, s.frequency, s.monetary
          from client_rfm_score_refreshes r
          left join client_rfm_scores s on s.client_id = ${clientId}`,
    );
  let [row] = await withRfmScores(db, read);
  if (!row) {
    // Never computed (no refresh recorded): compute now, once.
    await refreshRfmScores(db);
    [row] = await read();
  }
  if (!row) throw new Error('client_rfm_score_refreshes has no row after a refresh');
  const asOf = new Date(row.as_of);
  if (row.client_id === null) return { asOf };
  return {
    asOf,
    scores: {
      lastOrderAt: new Date(row.last_order_at),
      orderCount: row.order_count,
      totalAmount: row.total_amount,
      recency: row.recency,
      frequency: row.frequency,
      monetary: row.monetary,
    },
  };
}

/** The SQL condition "last counted order of the client in the range", for segments. */
export function lastOrderCondition(clientIdColumn: SQL, range: { before?: string; after?: string }): SQL {
  const lastOrder = sql`(select max(${orders.orderDate}) from ${orders} where ${orders.clientId} = ${clientIdColumn} and ${countedOrder})`;
  const parts = [sql`${lastOrder} is not null`];
  if (range.before) parts.push(sql`${lastOrder} < ${`${range.before}T00:00:00Z`}::timestamptz`);
  if (range.after) parts.push(sql`${lastOrder} >= ${`${range.after}T00:00:00Z`}::timestamptz`);
  return sql.join(parts, sql` and `);
}
