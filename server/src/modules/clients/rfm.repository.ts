import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { orders } from '../orders/schema';

// Orders that never became a sale, or were given back, say nothing about a client's value.
const countedOrder = sql`${orders.status} not in ('draft', 'cancelled', 'refunded')`;

/**
 * RFM scores of every client with a counted order, computed on the fly from the orders table (read-only).
 * Each score is the quintile of the client's cumulative distribution, ceil(5 · k / n), where k is the
 * number of clients whose value is at or below its own: equal values always get equal scores (ntile would
 * split ties arbitrarily), and integer arithmetic keeps the borders exact. 5 is best on every axis: most
 * recent order, most orders, highest total.
 */
export function rfmScoresSql(): SQL {
  return sql`(
    select client_id, last_order_at, order_count, total_amount,
      ((5 * count(*) over (order by last_order_at) + total - 1) / total)::int as recency,
      ((5 * count(*) over (order by order_count) + total - 1) / total)::int as frequency,
      ((5 * count(*) over (order by total_amount) + total - 1) / total)::int as monetary
    from (
      select ${orders.clientId} as client_id, max(${orders.orderDate}) as last_order_at,
        count(*)::int as order_count, sum(${orders.totalAmount}) as total_amount, count(*) over () as total
      from ${orders} where ${countedOrder} group by ${orders.clientId}
    ) as per_client
  )`;
}

type RfmRow = {
  client_id: number;
  last_order_at: Date | string;
  order_count: number;
  total_amount: string;
  recency: number;
  frequency: number;
  monetary: number;
};

export async function findClientRfm(executor: Executor, clientId: number) {
  const [row] = await queryRows<RfmRow>(
    executor,
    sql`select client_id, last_order_at, order_count, total_amount::text as total_amount, recency, frequency, monetary
      from ${rfmScoresSql()} as rfm where client_id = ${clientId}`,
  );
  return row;
}

/** The SQL condition "last counted order of the client in the range", for segments. */
export function lastOrderCondition(clientIdColumn: SQL, range: { before?: string; after?: string }): SQL {
  const lastOrder = sql`(select max(${orders.orderDate}) from ${orders} where ${orders.clientId} = ${clientIdColumn} and ${countedOrder})`;
  const parts = [sql`${lastOrder} is not null`];
  if (range.before) parts.push(sql`${lastOrder} < ${`${range.before}T00:00:00Z`}::timestamptz`);
  if (range.after) parts.push(sql`${lastOrder} >= ${`${range.after}T00:00:00Z`}::timestamptz`);
  return sql.join(parts, sql` and `);
}
