import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createClient, loginAs, type Session } from '../support/factories';
import {
  createStockedProduct,
  expectStatus,
  type OrderBody,
  type OrderLine,
  type OrdersApi,
  ordersApi,
} from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The app's clock is set to when each order is placed, so orders land in known days and months.
let now = new Date('2025-01-01T00:00:00Z');
let testApp: TestApp;
let api: OrdersApi;
let manager: Session;
let alice: Session;
const ids = {} as Record<
  'desk' | 'lamp' | 'cable' | 'acme' | 'beta' | 'furniture' | 'desks' | 'lighting',
  number
>;

async function place(
  at: string,
  session: Session,
  input: { clientId: number; items: OrderLine[]; dueDate?: string },
): Promise<OrderBody> {
  now = new Date(at);
  const draft = expectStatus<OrderBody>(await api.create(session, input), 201);
  return expectStatus<OrderBody>(await api.confirm(session, draft.id), 200);
}

beforeAll(async () => {
  testApp = await buildTestApp({ clock: () => now });
  api = ordersApi(testApp.app);
  const db = testApp.context.database.db;
  manager = await loginAs(testApp.app, db, 'manager');
  alice = await loginAs(testApp.app, db, 'sales');

  ids.furniture = (await createCategory(db, { name: 'Furniture' })).id;
  ids.desks = (await createCategory(db, { name: 'Desks', parentId: ids.furniture })).id;
  ids.lighting = (await createCategory(db, { name: 'Lighting' })).id;
  const stocked = { stock: 50 };
  ids.desk = (
    await createStockedProduct(db, { ...stocked, price: '100.00', cost: '60.00', categoryId: ids.desks })
  ).id;
  ids.lamp = (
    await createStockedProduct(db, { ...stocked, price: '20.00', cost: '8.00', categoryId: ids.lighting })
  ).id;
  ids.cable = (await createStockedProduct(db, { ...stocked, price: '5.00', cost: null })).id;
  ids.acme = (await createClient(db, { companyName: 'Acme', tier: 'gold' })).id;
  ids.beta = (await createClient(db, { companyName: 'Beta', tier: 'standard' })).id;

  // 1. Paid in full and shipped: 2 desks + 10 % tax = 220.00.
  const first = await place('2025-01-10T09:00:00Z', alice, {
    clientId: ids.acme,
    items: [{ productId: ids.desk, quantity: 2, taxRate: '0.1' }],
  });
  await api.pay(alice, first.id, '220.00');
  await api.ship(manager, first.id);
  // 2. 5 lamps less 10 % = 90.00, paid, 30.00 refunded: 60.00 of revenue.
  const second = await place('2025-01-20T09:00:00Z', alice, {
    clientId: ids.acme,
    items: [{ productId: ids.lamp, quantity: 5, discountPercent: '10' }],
  });
  await api.pay(alice, second.id, '90.00');
  await api.refund(alice, second.id, '30.00');
  // 3. A desk and 2 lamps = 140.00, paid, shipped, a lamp returned and refunded: 120.00.
  const third = await place('2025-02-05T09:00:00Z', manager, {
    clientId: ids.beta,
    items: [
      { productId: ids.desk, quantity: 1 },
      { productId: ids.lamp, quantity: 2 },
    ],
  });
  await api.pay(manager, third.id, '140.00');
  const shipped = expectStatus<OrderBody>(await api.ship(manager, third.id), 201);
  await api.returnItems(manager, third.id, {
    reason: 'broken',
    items: [{ orderItemId: shipped.items[1]?.id, quantity: 1 }],
  });
  await api.refund(manager, third.id, '20.00');
  // 4. Half paid and past its due date: no revenue, 10.00 overdue.
  const fourth = await place('2025-02-15T09:00:00Z', manager, {
    clientId: ids.beta,
    items: [{ productId: ids.cable, quantity: 4 }],
    dueDate: '2025-02-20',
  });
  await api.pay(manager, fourth.id, '10.00');
  // 5. Unpaid, not yet due: 20.00 outstanding.
  await place('2025-03-01T09:00:00Z', alice, {
    clientId: ids.acme,
    items: [{ productId: ids.lamp, quantity: 1 }],
    dueDate: '2025-04-01',
  });
  // 6. Paid, cancelled and refunded: nothing.
  const sixth = await place('2025-03-02T09:00:00Z', manager, {
    clientId: ids.beta,
    items: [{ productId: ids.desk, quantity: 1 }],
  });
  await api.pay(manager, sixth.id, '100.00');
  await api.cancel(manager, sixth.id, 'wrong model');
  await api.refund(manager, sixth.id, '100.00');
  // 7. Outside the period.
  const late = await place('2025-05-01T09:00:00Z', manager, {
    clientId: ids.beta,
    items: [{ productId: ids.lamp, quantity: 1 }],
  });
  await api.pay(manager, late.id, '20.00');

  now = new Date('2025-03-10T12:00:00Z');
});
afterAll(() => testApp.close());

const report = async (path: string, session: Session = manager) =>
  expectStatus<Record<string, unknown>>(
    await testApp.app.inject({ method: 'GET', url: path, headers: session.headers }),
    200,
  );

const period = 'from=2025-01-01&to=2025-04-01';

describe('GET /api/reports/revenue', () => {
  it('counts paid orders net of refunds, with average order value and receivables as of today', async () => {
    const body = await report(`/api/reports/revenue?${period}&groupBy=month`);
    expect(body.summary).toEqual({
      grossRevenue: '450.00',
      refunds: '50.00',
      revenue: '400.00',
      orders: 3,
      averageOrderValue: '133.33',
    });
    expect(body.receivables).toEqual({
      outstanding: '30.00',
      outstandingOrders: 2,
      overdue: '10.00',
      overdueOrders: 1,
    });
    expect(body.groups).toEqual([
      {
        key: '2025-01-01',
        label: '2025-01-01',
        revenue: '280.00',
        orders: 2,
        averageOrderValue: '140.00',
        units: null,
      },
      {
        key: '2025-02-01',
        label: '2025-02-01',
        revenue: '120.00',
        orders: 1,
        averageOrderValue: '120.00',
        units: null,
      },
      {
        key: '2025-03-01',
        label: '2025-03-01',
        revenue: '0.00',
        orders: 0,
        averageOrderValue: null,
        units: null,
      },
    ]);
  });

  it('lists every day and every ISO week of the range, empty ones with zero', async () => {
    const days = (await report('/api/reports/revenue?from=2025-01-09&to=2025-01-12&groupBy=day')).groups;
    expect(days).toEqual([
      expect.objectContaining({ key: '2025-01-09', revenue: '0.00' }),
      expect.objectContaining({ key: '2025-01-10', revenue: '220.00', orders: 1 }),
      expect.objectContaining({ key: '2025-01-11', revenue: '0.00' }),
    ]);
    const weeks = (await report('/api/reports/revenue?from=2025-01-06&to=2025-01-27&groupBy=week'))
      .groups as {
      key: string;
      revenue: string;
    }[];
    expect(weeks.map((week) => [week.key, week.revenue])).toEqual([
      ['2025-01-06', '220.00'],
      ['2025-01-13', '0.00'],
      ['2025-01-20', '60.00'],
    ]);
  });

  it('groups by client, tier and owner', async () => {
    const byClient = (await report(`/api/reports/revenue?${period}&groupBy=client`)).groups;
    expect(byClient).toEqual([
      {
        key: String(ids.acme),
        label: 'Acme',
        revenue: '280.00',
        orders: 2,
        averageOrderValue: '140.00',
        units: null,
      },
      {
        key: String(ids.beta),
        label: 'Beta',
        revenue: '120.00',
        orders: 1,
        averageOrderValue: '120.00',
        units: null,
      },
    ]);
    const byTier = (await report(`/api/reports/revenue?${period}&groupBy=tier`)).groups as {
      key: string;
      revenue: string;
    }[];
    expect(byTier.map((group) => [group.key, group.revenue])).toEqual([
      ['gold', '280.00'],
      ['standard', '120.00'],
    ]);
    const byOwner = (await report(`/api/reports/revenue?${period}&groupBy=owner`)).groups as {
      key: string;
      revenue: string;
    }[];
    expect(byOwner.map((group) => [group.key, group.revenue])).toEqual([
      [String(alice.userId), '280.00'],
      [String(manager.userId), '120.00'],
    ]);
  });

  it('spreads refunds over order lines to the cent, so products add up to the revenue', async () => {
    const byProduct = (await report(`/api/reports/revenue?${period}&groupBy=product`)).groups;
    // Order 3 kept 120.00 of 140.00: the desk 85.714… and the lamps 34.285…; the spare cent goes to the
    // larger remainder (the lamps).
    expect(byProduct).toEqual([
      expect.objectContaining({
        key: String(ids.desk),
        revenue: '305.71',
        orders: 2,
        units: 3,
        averageOrderValue: null,
      }),
      expect.objectContaining({ key: String(ids.lamp), revenue: '94.29', orders: 2, units: 7 }),
    ]);
    const byCategory = (await report(`/api/reports/revenue?${period}&groupBy=category`)).groups as {
      label: string;
      revenue: string;
    }[];
    expect(byCategory.map((group) => [group.label, group.revenue])).toEqual([
      ['Desks', '305.71'],
      ['Lighting', '94.29'],
    ]);
  });

  it('refuses bad periods and groupings with stable codes', async () => {
    const get = (query: string) =>
      testApp.app.inject({ method: 'GET', url: `/api/reports/revenue?${query}`, headers: manager.headers });
    expect((await get('from=2025-02-01&to=2025-01-01')).json().code).toBe('invalid_period');
    expect((await get('from=2000-01-01&to=2025-01-01&groupBy=day')).json().code).toBe('period_too_long');
    expect((await get('groupBy=year')).json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ parameter: 'querystring.groupBy' }],
    });
    expect((await get('from=yesterday')).statusCode).toBe(400);
    expect((await get('currency=usd')).statusCode).toBe(400);
  });
});

describe('GET /api/reports/product-performance', () => {
  // The stock ledger is written at the real time of each movement; this period spans both.
  const wide = 'from=2025-01-01&to=2099-01-01';

  it('gives units, net sales, margin, returns and stock turnover per product, category and overall', async () => {
    const body = await report(`/api/reports/product-performance?${wide}`);
    // Net sales are before tax and after refunds: the desks of order 1 bring 200.00 of its 220.00.
    expect(body.products).toEqual([
      {
        productId: ids.desk,
        sku: expect.any(String),
        name: expect.any(String),
        categoryId: ids.desks,
        categoryName: 'Desks',
        unitsSold: 3,
        unitsReturned: 0,
        revenue: '285.71',
        costOfGoods: '180.00',
        margin: '105.71',
        marginPercent: '37.00',
        unitsShipped: 3,
        averageStock: '48.50',
        stockTurnover: '0.06',
      },
      expect.objectContaining({
        productId: ids.lamp,
        unitsSold: 8,
        unitsReturned: 1,
        revenue: '114.29',
        costOfGoods: '56.00',
        margin: '58.29',
        marginPercent: '51.00',
        unitsShipped: 2,
        averageStock: '49.50',
        stockTurnover: '0.04',
      }),
    ]);
    expect(
      (body.categories as { categoryName: string; revenue: string }[]).map((row) => [
        row.categoryName,
        row.revenue,
      ]),
    ).toEqual([
      ['Desks', '285.71'],
      ['Lighting', '114.29'],
    ]);
    expect(body.totals).toEqual({
      unitsSold: 11,
      unitsReturned: 1,
      revenue: '400.00',
      costOfGoods: '236.00',
      margin: '164.00',
      marginPercent: '41.00',
      unitsShipped: 5,
      averageStock: '98.00',
      stockTurnover: '0.05',
    });
  });

  it('narrows to a category and the categories under it', async () => {
    const body = await report(`/api/reports/product-performance?${wide}&categoryId=${ids.furniture}`);
    expect((body.products as { productId: number }[]).map((row) => row.productId)).toEqual([ids.desk]);
    expect(body.categories).toEqual([expect.objectContaining({ categoryId: ids.desks, revenue: '285.71' })]);
  });

  it('is for staff with reports:read only', async () => {
    const agent = await loginAs(testApp.app, testApp.context.database.db, 'agent');
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/reports/product-performance',
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(403);
    expect((await report('/api/reports/product-performance', alice)).totals).toBeDefined();
  });
});
