import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '../../src/modules/orders';
import { domainEvents } from '../../src/platform/events/schema';
import { createClient, loginAs, type Session } from '../support/factories';
import {
  createDraftOrder,
  createStockedProduct,
  expectStatus,
  type OrderBody,
  type OrdersApi,
  ordersApi,
  stockOf,
} from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Runs on PGlite by default and on real PostgreSQL (with a pool of connections) when DATABASE_URL is set.
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

describe('concurrent confirmations', () => {
  it('confirms exactly as many orders as there is stock for; the rest get a clear 409', async () => {
    const product = await createStockedProduct(db(), { stock: 10 });
    const client = await createClient(db());
    const drafts: number[] = [];
    for (let index = 0; index < 50; index += 1) {
      const draft = await createDraftOrder(api, manager, {
        clientId: client.id,
        items: [{ productId: product.id, quantity: 1 }],
      });
      drafts.push(draft.id);
    }

    const responses = await Promise.all(drafts.map((id) => api.confirm(manager, id)));

    const confirmed = responses.filter((response) => response.statusCode === 200);
    const refused = responses.filter((response) => response.statusCode !== 200);
    expect(confirmed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const response of refused) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'insufficient_stock',
        shortages: [{ productId: product.id, requested: 1, available: 0 }],
      });
    }
    expect(await stockOf(db(), product.id)).toEqual({ onHand: 10, reserved: 10, available: 0 });

    // What the database says agrees with the answers: ten confirmed orders, forty untouched drafts.
    const rows = await db()
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(inArray(orders.id, drafts));
    const confirmedIds = confirmed
      .map((response) => expectStatus<OrderBody>(response, 200).id)
      .sort((a, b) => a - b);
    expect(
      rows
        .filter((row) => row.status === 'confirmed')
        .map((row) => row.id)
        .sort((a, b) => a - b),
    ).toEqual(confirmedIds);
    expect(rows.filter((row) => row.status === 'draft')).toHaveLength(40);
    const events = await db()
      .select({ id: domainEvents.id })
      .from(domainEvents)
      .where(eq(domainEvents.type, 'order.confirmed'));
    expect(events).toHaveLength(10);
  });
});
