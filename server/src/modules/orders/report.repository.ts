import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { recognisedRevenue } from './order-revenue-rollup';
import { receivableStatuses } from './order-workflow.util';

/*
 * Report queries. Revenue by day, week or month and the summary read the daily rollup (order_revenue_days);
 * the groupings by client, product and so on read the orders live, and with them the catalogue's and the
 * clients' tables (products, product_categories, inventory_movements, clients, users) with plain read-only
 * joins: a report crosses modules by nature, and doing it in SQL keeps it one round trip instead of
 * thousands of per-row calls.
 */

export type ReportPeriod = { from: Date; to: Date; currency: string };

/**
 * Revenue-bearing orders: placed in the period (order_date, which is the confirmation time), paid in full
 * at some point (amount_paid ≥ total), not cancelled or wholly refunded. Each is worth its total less its
 * refunds.
 */
function recognisedOrders(period: ReportPeriod): SQL {
  return sql`o.currency = ${period.currency}
    and o.order_date >= ${period.from.toISOString()}::timestamptz
    and o.order_date < ${period.to.toISOString()}::timestamptz
    and ${recognisedRevenue}`;
}

const DAY_MS = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Recognised revenue per UTC day of the period, as rows (day, orders, gross, refunds): the whole days from
 * the order_revenue_days rollup, and the part-days at either end (a period need not start or end at
 * midnight UTC) from the orders themselves, a day's worth of the order-date index at most. Exactly what the
 * live query over orders gives, at the cost of reading days instead of orders.
 */
function recognisedDays(period: ReportPeriod): SQL {
  const firstWholeDay = Math.ceil(period.from.getTime() / DAY_MS) * DAY_MS;
  const endOfWholeDays = Math.floor(period.to.getTime() / DAY_MS) * DAY_MS;
  const live = (from: Date, to: Date) =>
    sql`select (o.order_date at time zone 'UTC')::date as day, 1 as orders, o.total_amount as gross,
          o.amount_refunded as refunds
        from orders o where ${recognisedOrders({ currency: period.currency, from, to })}`;
  if (firstWholeDay >= endOfWholeDays) return live(period.from, period.to);
  const parts = [
    sql`select d.day, d.orders, d.gross, d.refunds from order_revenue_days d
        where d.currency = ${period.currency}
          and d.day >= ${dayOf(firstWholeDay)}::date and d.day < ${dayOf(endOfWholeDays)}::date`,
  ];
  if (period.from.getTime() < firstWholeDay) parts.push(live(period.from, new Date(firstWholeDay)));
  if (endOfWholeDays < period.to.getTime()) parts.push(live(new Date(endOfWholeDays), period.to));
  return sql.join(parts, sql` union all `);
}

const receivable = sql.raw(`o.status in (${receivableStatuses.map((status) => `'${status}'`).join(', ')})`);

export type RevenueSummaryRow = { orders: number; gross: string; refunds: string };

/** Recognised orders of the period, their totals and their refunds (from the daily rollup). */
export async function revenueSummary(executor: Executor, period: ReportPeriod): Promise<RevenueSummaryRow> {
  const [row] = await queryRows<RevenueSummaryRow>(
    executor,
    sql`select coalesce(sum(days.orders), 0)::int as orders,
          coalesce(sum(days.gross), 0)::text as gross,
          coalesce(sum(days.refunds), 0)::text as refunds
        from (${recognisedDays(period)}) as days`,
  );
  return row ?? { orders: 0, gross: '0', refunds: '0' };
}

export type ReceivablesRow = {
  outstanding: string;
  outstandingOrders: number;
  overdue: string;
  overdueOrders: number;
};

/** What live orders still owe, and the part past its due date, as of `today`. */
export async function receivables(
  executor: Executor,
  currency: string,
  today: string,
): Promise<ReceivablesRow> {
  const [row] = await queryRows<ReceivablesRow>(
    executor,
    sql`select coalesce(sum(o.total_amount - o.amount_paid), 0)::text as "outstanding",
          count(*)::int as "outstandingOrders",
          coalesce(sum(o.total_amount - o.amount_paid) filter (where o.due_date < ${today}::date), 0)::text as "overdue",
          (count(*) filter (where o.due_date < ${today}::date))::int as "overdueOrders"
        from orders o
        where o.currency = ${currency} and ${receivable} and o.amount_paid < o.total_amount`,
  );
  return row ?? { outstanding: '0', outstandingOrders: 0, overdue: '0', overdueOrders: 0 };
}

export type RevenueGroupRow = {
  key: string | null;
  label: string | null;
  revenue: string;
  orders: number;
  units: number | null;
};

/** A calendar period's row: its revenue, and the gross and refunds it is the difference of. */
export type RevenuePeriodRow = RevenueGroupRow & { gross: string; refunds: string };

/**
 * Revenue per calendar period (UTC), every period of the range listed, empty ones with zero; from the daily
 * rollup, so a year by month reads about 365 rows. The periods add up to the period's summary.
 */
export function revenueByPeriod(executor: Executor, period: ReportPeriod, unit: 'day' | 'week' | 'month') {
  return queryRows<RevenuePeriodRow>(
    executor,
    sql`with per_bucket as (
          -- day::timestamp: date_trunc of a date would go through the session's time zone.
          select date_trunc(${unit}, days.day::timestamp) as bucket, sum(days.orders) as orders,
                 sum(days.gross) as gross, sum(days.refunds) as refunds
          from (${recognisedDays(period)}) as days group by 1
        ), buckets as (
          select generate_series(
            date_trunc(${unit}, ${period.from.toISOString()}::timestamptz at time zone 'UTC'),
            ${period.to.toISOString()}::timestamptz at time zone 'UTC' - interval '1 microsecond',
            ('1 ' || ${unit})::interval) as bucket
        )
        select to_char(b.bucket, 'YYYY-MM-DD') as key, to_char(b.bucket, 'YYYY-MM-DD') as label,
               coalesce(p.gross - p.refunds, 0)::text as revenue, coalesce(p.orders, 0)::int as orders,
               null as units, coalesce(p.gross, 0)::text as gross, coalesce(p.refunds, 0)::text as refunds
        from buckets b left join per_bucket p on p.bucket = b.bucket
        order by b.bucket`,
  );
}

/** Revenue per client, tier or owner: order-level figures, biggest first. */
export function revenueByOrderAttribute(
  executor: Executor,
  period: ReportPeriod,
  attribute: 'client' | 'tier' | 'owner',
) {
  const [key, label] = {
    client: [sql`o.client_id::text`, sql`c.company_name`],
    tier: [sql`c.tier`, sql`c.tier`],
    owner: [sql`o.owner_user_id::text`, sql`coalesce(u.name, u.email, 'Unassigned')`],
  }[attribute];
  return queryRows<RevenueGroupRow>(
    executor,
    sql`select ${key} as key, ${label} as label,
               sum(o.total_amount - o.amount_refunded)::text as revenue, count(*)::int as orders, null as units
        from orders o
        join clients c on c.id = o.client_id
        left join users u on u.id = o.owner_user_id
        where ${recognisedOrders(period)}
        group by 1, 2
        order by sum(o.total_amount - o.amount_refunded) desc, 1`,
  );
}

/**
 * Each line's share of its order's revenue, in cents. An order's refunds are spread over its lines in
 * proportion to their amounts by largest remainder: every line gets the floor of its exact share and the
 * cents left over go to the lines with the largest remainders, so the shares add up to the order exactly.
 * `base` is the line amount shares are proportional to, `target` the order amount they must add up to.
 */
function allocatedLines(period: ReportPeriod, base: 'total' | 'net_sales'): SQL {
  // Net sales (before tax) less refunds: the order's net sales scaled by what was kept, rounded half up.
  const lineBase =
    base === 'total' ? sql`i.line_total * 100` : sql`(i.line_subtotal - i.line_discount) * 100`;
  const orderBase = base === 'total' ? sql`o.total_amount * 100` : sql`(o.subtotal - o.discount_total) * 100`;
  return sql`recognised as (
      select o.id, ${orderBase} as base_cents,
             div(${orderBase} * (o.total_amount - o.amount_refunded) * 200 + o.total_amount * 100,
                 o.total_amount * 200) as target_cents
      from orders o where ${recognisedOrders(period)} and o.total_amount > 0
    ), shares as (
      select i.id, i.order_id, i.product_id, i.quantity, i.quantity_returned, r.target_cents,
             div(${lineBase} * r.target_cents, r.base_cents) as floor_cents,
             mod(${lineBase} * r.target_cents, r.base_cents) as remainder
      from order_items i join recognised r on r.id = i.order_id
      where r.base_cents > 0
    ), allocated as (
      select s.id, s.order_id, s.product_id, s.quantity, s.quantity_returned,
             s.floor_cents + case
               when row_number() over (partition by s.order_id order by s.remainder desc, s.id)
                    <= s.target_cents - sum(s.floor_cents) over (partition by s.order_id)
               then 1 else 0 end as revenue_cents
      from shares s
    )`;
}

/** Revenue per product or per product category, from the order lines (orders without lines have none). */
export function revenueByLineAttribute(
  executor: Executor,
  period: ReportPeriod,
  attribute: 'product' | 'category',
) {
  const [key, label] = {
    product: [sql`a.product_id::text`, sql`p.name`],
    category: [sql`p.category_id::text`, sql`coalesce(pc.name, 'Uncategorised')`],
  }[attribute];
  return queryRows<RevenueGroupRow>(
    executor,
    sql`with ${allocatedLines(period, 'total')}
        select ${key} as key, ${label} as label,
               (sum(a.revenue_cents) / 100)::numeric(16, 2)::text as revenue,
               count(distinct a.order_id)::int as orders, sum(a.quantity)::int as units
        from allocated a
        join products p on p.id = a.product_id
        left join product_categories pc on pc.id = p.category_id
        group by 1, 2
        order by sum(a.revenue_cents) desc, 1`,
  );
}

export type ProductPerformanceRow = {
  productId: number;
  sku: string;
  name: string;
  categoryId: number | null;
  categoryName: string | null;
  unitCost: string | null;
  unitsSold: number;
  unitsReturned: number;
  revenue: string;
  unitsShipped: number;
  stockAtStart: number;
  stockAtEnd: number;
};

/**
 * Per product with sales or shipments in the period: units, net sales after refunds, units shipped (the
 * stock ledger) and units on hand at both ends of the period (the ledger's running balance, or the current
 * figure for a product whose stock never moved).
 */
export function productPerformance(executor: Executor, period: ReportPeriod, categoryId?: number) {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const inCategory = categoryId
    ? sql`and p.category_id in (
        with recursive tree as (
          select id from product_categories where id = ${categoryId}
          union all
          select child.id from product_categories child join tree on child.parent_id = tree.id
        ) select id from tree)`
    : sql``;
  const stockAt = (instant: string) => sql`coalesce(
      (select m.on_hand_after from inventory_movements m
        where m.product_id = p.id and m.created_at < ${instant}::timestamptz order by m.id desc limit 1),
      (select m.on_hand_after - m.on_hand_change from inventory_movements m
        where m.product_id = p.id and m.created_at >= ${instant}::timestamptz order by m.id limit 1),
      p.stock_on_hand)`;
  return queryRows<ProductPerformanceRow>(
    executor,
    sql`with ${allocatedLines(period, 'net_sales')},
        sales as (
          select a.product_id, sum(a.quantity) as units, sum(a.quantity_returned) as returned,
                 sum(a.revenue_cents) as revenue_cents
          from allocated a group by a.product_id
        ), shipped as (
          select m.product_id, -sum(m.on_hand_change) as units
          from inventory_movements m
          where m.kind = 'shipment' and m.created_at >= ${from}::timestamptz and m.created_at < ${to}::timestamptz
          group by m.product_id
        ), active as (
          select product_id from sales union select product_id from shipped
        )
        select p.id as "productId", p.sku, p.name, p.category_id as "categoryId", pc.name as "categoryName",
               p.cost::text as "unitCost",
               coalesce(s.units, 0)::int as "unitsSold", coalesce(s.returned, 0)::int as "unitsReturned",
               (coalesce(s.revenue_cents, 0) / 100)::numeric(16, 2)::text as revenue,
               coalesce(sh.units, 0)::int as "unitsShipped",
               ${stockAt(from)}::int as "stockAtStart", ${stockAt(to)}::int as "stockAtEnd"
        from active
        join products p on p.id = active.product_id
        left join product_categories pc on pc.id = p.category_id
        left join sales s on s.product_id = p.id
        left join shipped sh on sh.product_id = p.id
        where p.currency = ${period.currency} ${inCategory}
        order by coalesce(s.revenue_cents, 0) desc, p.id`,
  );
}
