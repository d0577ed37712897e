import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '../../src/modules/orders/schema';
import { createClient, loginAs, type Session } from '../support/factories';
import {
  createStockedProduct,
  expectStatus,
  type OrderBody,
  type OrdersApi,
  orderAuditOf,
  orderEventsOf,
  ordersApi,
  stockOf,
} from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let api: OrdersApi;
let admin: Session;
let manager: Session;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  api = ordersApi(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
});
afterAll(() => testApp.close());

describe('creating an order confirmed at once', () => {
  it('prices it at confirmation, reserves the stock and records it as created then confirmed', async () => {
    const clientId = (await createClient(db(), { companyName: 'Contoso Checkout' })).id;
    const widget = await createStockedProduct(db(), { price: '19.99', stock: 10 });
    const response = await api.create(manager, {
      clientId,
      confirm: true,
      note: 'Web shop order 1042',
      items: [{ productId: widget.id, quantity: 3, discountPercent: '10', taxRate: '0.0825' }],
    });
    const order = expectStatus<OrderBody>(response, 201);
    expect(order).toMatchObject({
      status: 'confirmed',
      paymentStatus: 'unpaid',
      fulfilmentStatus: 'unfulfilled',
      totalAmount: '58.42',
      outstandingBalance: '58.42',
    });
    expect(order.items[0]?.priceExplanation).toMatchObject({ listPrice: '19.99' });
    expect(order.items[0]?.priceExplanation).not.toHaveProperty('provisional');
    expect(order.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'draft', changedBy: manager.userId }),
      expect.objectContaining({ fromStatus: 'draft', toStatus: 'confirmed', reason: 'Web shop order 1042' }),
    ]);
    expect(await stockOf(db(), widget.id)).toMatchObject({ reserved: 3, available: 7 });
    expect((await orderEventsOf(db(), order.id)).map((event) => event.type)).toEqual([
      'order.created',
      'order.status_changed',
      'order.confirmed',
    ]);
    expect((await orderAuditOf(testApp.app, admin, order.id)).map((entry) => entry.action)).toEqual([
      'reserve_stock',
      'create',
    ]);
    // What the creation answered is what reading it back says, ETag included.
    const readBack = await api.get(manager, order.id);
    expect(expectStatus<OrderBody>(readBack, 200)).toEqual(order);
    expect(readBack.headers.etag).toBe(response.headers.etag);
  });

  it('leaves no order behind and reserves nothing when a product is short', async () => {
    const clientId = (await createClient(db(), { companyName: 'Contoso Shortage' })).id;
    const plenty = await createStockedProduct(db(), { stock: 5 });
    const scarce = await createStockedProduct(db(), { stock: 1 });
    const response = await api.create(manager, {
      clientId,
      confirm: true,
      items: [
        { productId: plenty.id, quantity: 3 },
        { productId: scarce.id, quantity: 2 },
      ],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'insufficient_stock',
      shortages: [expect.objectContaining({ productId: scarce.id, requested: 2, available: 1 })],
    });
    expect(await db().select().from(orders).where(eq(orders.clientId, clientId))).toEqual([]);
    expect(await stockOf(db(), plenty.id)).toMatchObject({ reserved: 0, available: 5 });
  });

  it('confirms a zero-total order straight to paid', async () => {
    const clientId = (await createClient(db(), { companyName: 'Contoso Samples' })).id;
    const sample = await createStockedProduct(db(), { price: '0.00', stock: 3 });
    const order = expectStatus<OrderBody>(
      await api.create(manager, { clientId, confirm: true, items: [{ productId: sample.id, quantity: 1 }] }),
      201,
    );
    expect(order).toMatchObject({ status: 'paid', paymentStatus: 'paid', totalAmount: '0.00' });
    expect((await orderEventsOf(db(), order.id)).map((event) => event.type)).toContain('order.paid');
  });
});

describe('creating confirmed orders concurrently', () => {
  // Real concurrency on PostgreSQL (a pool of connections); on PGlite the same calls run one at a time.
  it('never deadlocks on shared products and never sells more than there is', async () => {
    const clientId = (await createClient(db(), { companyName: 'Contoso Rush' })).id;
    const first = await createStockedProduct(db(), { stock: 30 });
    const second = await createStockedProduct(db(), { stock: 30 });
    const third = await createStockedProduct(db(), { stock: 12 });
    // Each order names the shared products in a different order, the worst case for lock ordering.
    const baskets = Array.from({ length: 24 }, (_, index) => {
      const lines = [
        { productId: first.id, quantity: 1 },
        { productId: second.id, quantity: 1 },
        { productId: third.id, quantity: 1 },
      ];
      return index % 2 === 0 ? lines : lines.reverse();
    });
    const responses = await Promise.all(
      baskets.map((items) => api.create(manager, { clientId, confirm: true, items })),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(12);
    expect(statuses.filter((status) => status === 409)).toHaveLength(12);
    expect(await stockOf(db(), third.id)).toMatchObject({ reserved: 12, available: 0 });
    expect(await stockOf(db(), first.id)).toMatchObject({ reserved: 12, available: 18 });
    const created = await db().select().from(orders).where(eq(orders.clientId, clientId));
    expect(created).toHaveLength(12);
  });
});
