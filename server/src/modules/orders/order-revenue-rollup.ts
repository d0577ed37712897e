import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { type Cents, formatCents, toCents } from '../../platform/money/money.util';
import type { OrderRow } from './order.repository';

/*
 * order_revenue_days: recognised revenue per currency and UTC day, kept exact inside every order write's
 * transaction, so revenue by day, week or month reads a few hundred days instead of millions of orders.
 * The JavaScript rule (isRecognised) and the SQL one (recognisedRevenue) are the same condition and must
 * stay so; the rollup test compares the table with the live aggregate after random order histories.
 */

// Statuses whose orders never bring revenue: not yet a sale, or undone.
const unrecognisedStatuses = ['draft', 'cancelled', 'refunded'] as const;

/**
 * Recognised revenue, on the orders alias `o`: a sale (not a draft, not cancelled or wholly refunded),
 * paid in full at some point, and not refunded entirely. Each such order is worth its total less its refunds.
 */
export const recognisedRevenue = sql.raw(
  `o.status not in (${unrecognisedStatuses.map((status) => `'${status}'`).join(', ')})
    and o.amount_paid >= o.total_amount and o.amount_refunded < o.amount_paid`,
);

type RevenueFields = Pick<
  OrderRow,
  'status' | 'currency' | 'orderDate' | 'totalAmount' | 'amountPaid' | 'amountRefunded'
>;
type Contribution = { currency: string; day: string; orders: number; gross: Cents; refunds: Cents };

function isRecognised(order: RevenueFields): boolean {
  const paid = toCents(order.amountPaid);
  return (
    !(unrecognisedStatuses as readonly string[]).includes(order.status) &&
    paid >= toCents(order.totalAmount) &&
    toCents(order.amountRefunded) < paid
  );
}

/** What the order adds to its day: itself, its total and its refunds while recognised; nothing otherwise. */
function contributionOf(order: RevenueFields): Contribution {
  const recognised = isRecognised(order);
  return {
    currency: order.currency,
    // The UTC day, as `(order_date at time zone 'UTC')::date` gives it.
    day: order.orderDate.toISOString().slice(0, 10),
    orders: recognised ? 1 : 0,
    gross: recognised ? toCents(order.totalAmount) : 0n,
    refunds: recognised ? toCents(order.amountRefunded) : 0n,
  };
}

async function addToDay(executor: Executor, change: Contribution): Promise<void> {
  if (change.orders === 0 && change.gross === 0n && change.refunds === 0n) return;
  await executor.execute(
    sql`insert into order_revenue_days as d (currency, day, orders, gross, refunds)
        values (${change.currency}, ${change.day}::date, ${change.orders},
                ${formatCents(change.gross)}::numeric, ${formatCents(change.refunds)}::numeric)
        on conflict (currency, day) do update set orders = d.orders + excluded.orders,
          gross = d.gross + excluded.gross, refunds = d.refunds + excluded.refunds`,
  );
}

/**
 * Moves the rollup by what one write of an order row changed: (contribution after − contribution before),
 * in one upsert, and no statement at all when the write changed nothing that counts (most writes). Call it
 * in the transaction that wrote the row, after the write, so the two commit or roll back together.
 */
export async function applyRevenueChange(
  executor: Executor,
  before: RevenueFields,
  after: RevenueFields,
): Promise<void> {
  const old = contributionOf(before);
  const next = contributionOf(after);
  if (old.currency === next.currency && old.day === next.day) {
    await addToDay(executor, {
      ...next,
      orders: next.orders - old.orders,
      gross: next.gross - old.gross,
      refunds: next.refunds - old.refunds,
    });
    return;
  }
  // A counted order never changes day or currency (both fixed at confirmation); this keeps it exact anyway.
  await addToDay(executor, { ...old, orders: -old.orders, gross: -old.gross, refunds: -old.refunds });
  await addToDay(executor, next);
}

/**
 * Recomputes the whole rollup from the orders table, for bulk loads that bypass the workflow (the seed).
 * Takes a share lock on orders so no order write slips between the delete and the insert.
 */
export async function rebuildOrderRevenueDays(executor: Executor): Promise<void> {
  await executor.transaction(async (tx) => {
    await tx.execute(sql`lock table orders in share mode`);
    await tx.execute(sql`delete from order_revenue_days`);
    await tx.execute(
      sql`insert into order_revenue_days (currency, day, orders, gross, refunds)
          select o.currency, (o.order_date at time zone 'UTC')::date, count(*), sum(o.total_amount),
                 sum(o.amount_refunded)
          from orders o where ${recognisedRevenue}
          group by 1, 2`,
    );
  });
}
