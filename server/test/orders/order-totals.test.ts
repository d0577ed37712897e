import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeOrderAmounts } from '../../src/modules/orders/order-totals.util';
import { queryRows } from '../../src/platform/db/database';
import { formatCents } from '../../src/platform/money/money.util';
import { createClient, loginAs, type Session } from '../support/factories';
import {
  createDraftOrder,
  createStockedProduct,
  expectStatus,
  type OrderBody,
  type OrdersApi,
  ordersApi,
} from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The oracle here is PostgreSQL's own numeric arithmetic, whose round() also rounds half away from zero:
// an implementation that shares no code with the one under test.
let testApp: TestApp;
let api: OrdersApi;
let manager: Session;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  api = ordersApi(testApp.app);
  manager = await loginAs(testApp.app, db(), 'manager');
});
afterAll(() => testApp.close());

const decimal = (units: number, places: number) => {
  const digits = String(units).padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
};

const lineArbitrary = fc.record({
  unitPrice: fc.integer({ min: 0, max: 99_999_999 }).map((cents) => decimal(cents, 2)),
  quantity: fc.integer({ min: 1, max: 500 }),
  discountPercent: fc
    .oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 }))
    .map((value) => decimal(value, 2)),
  taxRate: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })).map((value) => decimal(value, 4)),
});
const orderArbitrary = fc.array(lineArbitrary, { minLength: 1, maxLength: 12 });
type Line = typeof lineArbitrary extends fc.Arbitrary<infer T> ? T : never;

type Totals = { subtotal: string; discount: string; tax: string; total: string };

/** Each order's totals as PostgreSQL computes them from the same lines. */
async function totalsInSql(orders: Line[][]): Promise<Totals[]> {
  const lines = orders.flatMap((order, index) => order.map((line) => ({ ...line, order: index })));
  const rows = await queryRows<Totals & { order: number }>(
    db(),
    sql`with line as (
          select (l->>'order')::int as "order",
                 (l->>'unitPrice')::numeric * (l->>'quantity')::int as subtotal,
                 (l->>'discountPercent')::numeric as percent, (l->>'taxRate')::numeric as rate
          from jsonb_array_elements(${JSON.stringify(lines)}::jsonb) as l
        ), rounded as (
          select "order", subtotal, round(subtotal * percent / 100, 2) as discount, rate from line
        ), taxed as (
          select "order", subtotal, discount, round((subtotal - discount) * rate, 2) as tax from rounded
        )
        select "order", sum(subtotal)::numeric(20, 2)::text as subtotal, sum(discount)::numeric(20, 2)::text as discount,
               sum(tax)::numeric(20, 2)::text as tax, sum(subtotal - discount + tax)::numeric(20, 2)::text as total
        from taxed group by "order" order by "order"`,
  );
  return rows.map(({ order: _order, ...totals }) => totals);
}

describe('order totals against an independent implementation', () => {
  it('are exact to the cent across 10,000 random orders', async () => {
    const orders = fc.sample(orderArbitrary, { numRuns: 10_000, seed: 20_250_401 });
    const mismatches: unknown[] = [];
    for (let start = 0; start < orders.length; start += 1_000) {
      const batch = orders.slice(start, start + 1_000);
      const expected = await totalsInSql(batch);
      batch.forEach((lines, index) => {
        const amounts = computeOrderAmounts(lines);
        const actual = {
          subtotal: formatCents(amounts.subtotal),
          discount: formatCents(amounts.discount),
          tax: formatCents(amounts.tax),
          total: formatCents(amounts.total),
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected[index])) {
          mismatches.push({ lines, actual, expected: expected[index] });
        }
      });
    }
    expect(orders).toHaveLength(10_000);
    expect(mismatches).toEqual([]);
  });

  it('stores orders whose totals are the sums of their stored lines, each line recomputed in SQL', async () => {
    const client = await createClient(db());
    const samples = fc.sample(
      fc.array(
        fc.record({
          price: fc.integer({ min: 1, max: 2_000_000 }).map((cents) => decimal(cents, 2)),
          quantity: fc.integer({ min: 1, max: 40 }),
          discountPercent: fc.integer({ min: 0, max: 10_000 }).map((value) => decimal(value, 2)),
          taxRate: fc.integer({ min: 0, max: 3_000 }).map((value) => decimal(value, 4)),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      { numRuns: 40, seed: 7 },
    );
    for (const [index, lines] of samples.entries()) {
      const items = [];
      for (const line of lines) {
        const product = await createStockedProduct(db(), { price: line.price, stock: 1_000 });
        items.push({
          productId: product.id,
          quantity: line.quantity,
          discountPercent: line.discountPercent,
          taxRate: line.taxRate,
        });
      }
      const draft = await createDraftOrder(api, manager, { clientId: client.id, items });
      // Half of them confirmed, so both the quote and the fixed prices are checked.
      if (index % 2 === 0) expectStatus<OrderBody>(await api.confirm(manager, draft.id), 200);
    }

    const wrongLines = await queryRows<{ id: number }>(
      db(),
      sql`select id from order_items
          where line_subtotal <> unit_price * quantity
             or line_discount <> round(line_subtotal * discount_percent / 100, 2)
             or line_tax <> round((line_subtotal - line_discount) * tax_rate, 2)
             or line_total <> line_subtotal - line_discount + line_tax`,
    );
    const wrongOrders = await queryRows<{ id: number }>(
      db(),
      sql`select o.id from orders o join order_items i on i.order_id = o.id
          group by o.id
          having o.subtotal <> sum(i.line_subtotal) or o.discount_total <> sum(i.line_discount)
              or o.tax_total <> sum(i.line_tax) or o.total_amount <> sum(i.line_total)`,
    );
    const [counted] = await queryRows<{ orders: number; lines: number }>(
      db(),
      sql`select (select count(*) from orders)::int as orders, (select count(*) from order_items)::int as lines`,
    );
    expect(counted?.orders).toBe(40);
    expect(counted?.lines).toBe(samples.flat().length);
    expect(wrongLines).toEqual([]);
    expect(wrongOrders).toEqual([]);
  });
});
