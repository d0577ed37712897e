import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildOrderRevenueDays } from '../../src/modules/orders';
import { receivableStatuses } from '../../src/modules/orders/order-workflow.util';
import { queryRows } from '../../src/platform/db/database';
import { formatCents, toCents } from '../../src/platform/money/money.util';
import { createClient, loginAs, type Session } from '../support/factories';
import {
  createStockedProduct,
  expectStatus,
  type OrderBody,
  type OrdersApi,
  ordersApi,
} from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// order_revenue_days is kept by the workflow, one upsert of the difference per order write. The oracle is
// the aggregate over the orders table, written here from the definition of recognised revenue (a sale
// paid in full and not wholly refunded), sharing no code with the rollup.
let now = new Date('2025-03-01T08:00:00Z');
let testApp: TestApp;
let api: OrdersApi;
let manager: Session;
const db = () => testApp.context.database.db;
const productIds: { usd: number[]; eur: number[]; free: number } = { usd: [], eur: [], free: 0 };
let clientIds: number[] = [];
const orderIds: number[] = [];

beforeAll(async () => {
  testApp = await buildTestApp({ clock: () => now });
  api = ordersApi(testApp.app);
  manager = await loginAs(testApp.app, db(), 'manager');
  for (const price of ['10.00', '33.33', '149.99']) {
    productIds.usd.push((await createStockedProduct(db(), { price, stock: 100_000 })).id);
  }
  for (const price of ['12.50', '0.99']) {
    const product = await createStockedProduct(db(), { price, stock: 100_000 });
    await db().execute(sql`update products set currency = 'EUR' where id = ${product.id}`);
    productIds.eur.push(product.id);
  }
  // A free product makes zero-total orders, paid in full the moment they are confirmed.
  productIds.free = (await createStockedProduct(db(), { price: '0.00', stock: 100_000 })).id;
  clientIds = [(await createClient(db())).id, (await createClient(db())).id];
});
afterAll(() => testApp.close());

type Row = { currency: string; day: string; orders: number; gross: string; refunds: string };

const rollup = () =>
  queryRows<Row>(
    db(),
    sql`select currency, day::text as day, orders, gross::text as gross, refunds::text as refunds
        from order_revenue_days where orders <> 0 order by currency, day`,
  );

const liveAggregate = () =>
  queryRows<Row>(
    db(),
    sql`select currency, (order_date at time zone 'UTC')::date::text as day, count(*)::int as orders,
          sum(total_amount)::numeric(16, 2)::text as gross,
          sum(amount_refunded)::numeric(16, 2)::text as refunds
        from orders
        where status not in ('draft', 'cancelled', 'refunded') and amount_paid >= total_amount
          and amount_refunded < amount_paid
        group by 1, 2 order by 1, 2`,
  );

/** The live revenue of a period, straight from the orders. */
async function liveRevenue(currency: string, from: Date, to: Date) {
  const [row] = await queryRows<{ orders: number; gross: string; refunds: string }>(
    db(),
    sql`select count(*)::int as orders, coalesce(sum(total_amount), 0)::numeric(16, 2)::text as gross,
          coalesce(sum(amount_refunded), 0)::numeric(16, 2)::text as refunds
        from orders
        where currency = ${currency} and order_date >= ${from.toISOString()}::timestamptz
          and order_date < ${to.toISOString()}::timestamptz
          and status not in ('draft', 'cancelled', 'refunded') and amount_paid >= total_amount
          and amount_refunded < amount_paid`,
  );
  return row;
}

const HOUR_MS = 3_600_000;

const stepArbitrary = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      // Up to two days later, at any millisecond: orders land on many days, some a moment before midnight.
      advanceMs: fc.oneof(fc.integer({ min: 0, max: 48 * HOUR_MS }), fc.constant(0)),
      currency: fc.constantFrom('usd', 'usd', 'usd', 'eur', 'eur', 'free'),
      product: fc.nat(),
      quantity: fc.integer({ min: 1, max: 7 }),
      client: fc.nat(),
    }),
  },
  {
    weight: 7,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'pay' as const,
        'pay' as const,
        'pay' as const,
        'refund' as const,
        'refund' as const,
        'cancel' as const,
        'ship' as const,
        'deliver' as const,
        'return' as const,
        'close' as const,
      ),
      order: fc.nat(),
      // Share of the amount owed or refundable, in percent; 100 settles it.
      share: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 100 })),
    }),
  },
);
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

const part = (amount: string, share: number) => {
  const cents = (toCents(amount) * BigInt(share)) / 100n;
  return formatCents(cents > 0n ? cents : toCents(amount));
};

/** Runs one step through the API; a step the order's state refuses must be refused with 409, nothing else. */
async function run(step: Step) {
  if (step.kind === 'new') {
    now = new Date(now.getTime() + step.advanceMs);
    const pool =
      step.currency === 'free'
        ? [productIds.free]
        : step.currency === 'eur'
          ? productIds.eur
          : productIds.usd;
    const draft = expectStatus<OrderBody>(
      await api.create(manager, {
        clientId: clientIds[step.client % clientIds.length],
        items: [{ productId: pool[step.product % pool.length], quantity: step.quantity }],
      }),
      201,
    );
    const confirmed = expectStatus<OrderBody>(await api.confirm(manager, draft.id), 200);
    orderIds.push(confirmed.id);
    return;
  }
  if (orderIds.length === 0) return;
  // Mostly one of the last few orders, so orders go far along the workflow; sometimes any order.
  const recent = Math.min(orderIds.length, 4);
  const index =
    step.order % 5 === 0 ? step.order % orderIds.length : orderIds.length - 1 - (step.order % recent);
  const id = orderIds[index] as number;
  const order = expectStatus<OrderBody>(await api.get(manager, id), 200);
  const refundable = formatCents(toCents(order.amountPaid) - toCents(order.amountRefunded));
  let response: Awaited<ReturnType<OrdersApi['get']>> | undefined;
  switch (step.kind) {
    case 'pay':
      if (toCents(order.outstandingBalance) > 0n)
        response = await api.pay(manager, id, part(order.outstandingBalance, step.share));
      break;
    case 'refund':
      if (toCents(refundable) > 0n) response = await api.refund(manager, id, part(refundable, step.share));
      break;
    case 'cancel':
      response = await api.cancel(manager, id);
      break;
    case 'ship':
      response = await api.ship(manager, id);
      break;
    case 'deliver': {
      const shipment = order.shipments.find((candidate) => candidate.deliveredAt === null);
      if (shipment) response = await api.deliver(manager, id, shipment.id);
      break;
    }
    case 'return': {
      const item = order.items.find((line) => line.quantityShipped > line.quantityReturned);
      if (item) {
        response = await api.returnItems(manager, id, {
          reason: 'damaged',
          items: [{ orderItemId: item.id, quantity: 1 }],
        });
      }
      break;
    }
    case 'close':
      response = await api.close(manager, id);
      break;
  }
  if (response && response.statusCode >= 300 && response.statusCode !== 409) {
    throw new Error(`${step.kind} of order ${id}: HTTP ${response.statusCode} ${response.body}`);
  }
}

async function expectRollupExact() {
  expect(await rollup()).toEqual(await liveAggregate());
  const [odd] = await queryRows<{ count: number }>(
    db(),
    sql`select count(*)::int as count from order_revenue_days
        where orders < 0 or (orders = 0 and (gross <> 0 or refunds <> 0))`,
  );
  expect(odd?.count).toBe(0);
}

describe('the daily revenue rollup', () => {
  it('equals the aggregate over orders after any sequence of confirmations, payments, refunds, cancellations, shipments, returns and closings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 20, maxLength: 80 }), async (steps) => {
        for (const step of steps) await run(step);
        await expectRollupExact();
      }),
      // A fixed seed, so the coverage checked below is the same on every run.
      { numRuns: 8, seed: 20_261_124 },
    );
    // The runs went through every kind of change that counts.
    const [seen] = await queryRows<{ recognised: number; refunded: number; cancelledPaid: number }>(
      db(),
      sql`select count(*) filter (where amount_paid >= total_amount and amount_refunded < amount_paid
                                  and status not in ('draft', 'cancelled', 'refunded'))::int as recognised,
                 count(*) filter (where amount_refunded > 0)::int as refunded,
                 count(*) filter (where status in ('cancelled', 'refunded') and amount_paid > 0)::int
                   as "cancelledPaid"
          from orders`,
    );
    expect(seen?.recognised).toBeGreaterThan(10);
    expect(seen?.refunded).toBeGreaterThan(0);
    expect(seen?.cancelledPaid).toBeGreaterThan(0);
  });

  it('gives the revenue report of any period, cut anywhere in a day, exactly as the orders do', async () => {
    const [range] = await queryRows<{ first: Date | string; last: Date | string }>(
      db(),
      sql`select min(order_date) as first, max(order_date) as last from orders where status <> 'draft'`,
    );
    const first = new Date(range?.first as string).getTime() - 3 * HOUR_MS;
    const last = new Date(range?.last as string).getTime() + 3 * HOUR_MS;
    const periods = fc.sample(
      fc
        .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }))
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => [new Date(Math.min(a, b)), new Date(Math.max(a, b))] as const),
      { numRuns: 12, seed: 42 },
    );
    // Also whole UTC days, and the whole span, where only the rollup is read.
    const midnight = (time: number) => new Date(Math.floor(time / 86_400_000) * 86_400_000);
    periods.push([midnight(first), midnight(last + 86_400_000)]);
    periods.push([new Date(first), new Date(last)]);
    for (const [from, to] of periods) {
      for (const currency of ['USD', 'EUR']) {
        const expected = await liveRevenue(currency, from, to);
        for (const groupBy of ['day', 'week', 'month', 'client']) {
          const query = `from=${from.toISOString()}&to=${to.toISOString()}&currency=${currency}&groupBy=${groupBy}`;
          const report = expectStatus<{
            summary: { grossRevenue: string; refunds: string; revenue: string; orders: number };
            groups: { revenue: string; orders: number }[];
          }>(
            await testApp.app.inject({
              method: 'GET',
              url: `/api/reports/revenue?${query}`,
              headers: manager.headers,
            }),
            200,
          );
          expect(report.summary, query).toMatchObject({
            orders: expected?.orders,
            grossRevenue: expected?.gross,
            refunds: expected?.refunds,
            revenue: formatCents(toCents(expected?.gross ?? '0') - toCents(expected?.refunds ?? '0')),
          });
          const sum = report.groups.reduce((total, group) => total + toCents(group.revenue), 0n);
          expect(formatCents(sum), query).toBe(report.summary.revenue);
          expect(
            report.groups.reduce((total, group) => total + group.orders, 0),
            query,
          ).toBe(expected?.orders);
        }
      }
    }
  });

  it('is rebuilt from the orders the same as the workflow kept it', async () => {
    const kept = await rollup();
    expect(kept.length).toBeGreaterThan(0);
    await db().execute(sql`update order_revenue_days set gross = gross + 1`);
    await rebuildOrderRevenueDays(db());
    expect(await rollup()).toEqual(kept);
  });
});

describe('receivables', () => {
  it('has a partial index whose statuses are exactly those in which an order is owed money', async () => {
    const [index] = await queryRows<{ definition: string }>(
      db(),
      sql`select pg_get_indexdef(indexrelid) as definition from pg_index
          where indexrelid = 'orders_receivable_idx'::regclass`,
    );
    const statuses = [...(index?.definition.match(/'([a-z_]+)'::text/g) ?? [])].map(
      (literal) => literal.split("'")[1],
    );
    expect(statuses.sort()).toEqual([...receivableStatuses].sort());
    expect(index?.definition).toMatch(/INCLUDE \(total_amount, amount_paid, due_date\)/);
    expect(index?.definition).toMatch(/amount_paid < total_amount/);
  });
});
