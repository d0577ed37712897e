import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItems } from '../../src/modules/orders/schema';
import { createClient, loginAs, type Session } from '../support/factories';
import { createStockedProduct } from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// OWASP API1 (BOLA) where ownership applies, and API3 (object property level authorization) for prices
// and ownership fields: a sales user's book is theirs; prices come from the catalog, never from a body.
let testApp: TestApp;
let owner: Session;
let otherSales: Session;
let manager: Session;
let ownedClientId: number;
let ownedOrderId: number;
let productId: number;

const call = (session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  testApp.app.inject({ method, url, payload, headers: session.headers });

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  owner = await loginAs(testApp.app, db, 'sales');
  otherSales = await loginAs(testApp.app, db, 'sales');
  manager = await loginAs(testApp.app, db, 'manager');
  ownedClientId = (await createClient(db, { ownerUserId: owner.userId })).id;
  productId = (await createStockedProduct(db, { price: '25.00', stock: 50 })).id;
  const draft = await call(owner, 'POST', '/api/orders', {
    clientId: ownedClientId,
    items: [{ productId, quantity: 2 }],
  });
  expect(draft.statusCode).toBe(201);
  ownedOrderId = draft.json().id;
});
afterAll(() => testApp.close());

describe("a sales user and another's records", () => {
  const attempts: [string, 'POST' | 'PATCH' | 'DELETE', () => string, () => object | undefined][] = [
    ['edit the client', 'PATCH', () => `/api/clients/${ownedClientId}`, () => ({ notes: 'mine now' })],
    [
      'move its stage',
      'POST',
      () => `/api/clients/${ownedClientId}/stage`,
      () => ({ stage: 'prospect', reason: 'x' }),
    ],
    ['add a contact', 'POST', () => `/api/clients/${ownedClientId}/contacts`, () => ({ name: 'Intruder' })],
    [
      'order for the client',
      'POST',
      () => '/api/orders',
      () => ({ clientId: ownedClientId, items: [{ productId, quantity: 1 }] }),
    ],
    ['edit the order', 'PATCH', () => `/api/orders/${ownedOrderId}`, () => ({ notes: 'changed' })],
    ['confirm the order', 'POST', () => `/api/orders/${ownedOrderId}/confirm`, () => ({})],
    ['delete the order', 'DELETE', () => `/api/orders/${ownedOrderId}`, () => undefined],
  ];

  it.each(attempts)('cannot %s (403 not_owner), and nothing changes', async (_name, method, url, body) => {
    const before = await call(manager, 'GET', `/api/orders/${ownedOrderId}`);
    const response = await call(otherSales, method, url(), body());
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('not_owner');
    const after = await call(manager, 'GET', `/api/orders/${ownedOrderId}`);
    expect(after.json().version).toBe(before.json().version);
  });

  it('may still read them, as every sales user reads the whole book', async () => {
    expect((await call(otherSales, 'GET', `/api/clients/${ownedClientId}`)).statusCode).toBe(200);
    expect((await call(otherSales, 'GET', `/api/orders/${ownedOrderId}`)).statusCode).toBe(200);
  });

  it('cannot take a client over by naming itself owner', async () => {
    const response = await call(otherSales, 'PATCH', `/api/clients/${ownedClientId}`, {
      ownerUserId: otherSales.userId,
    });
    expect(response.statusCode).toBe(403);
    const client = await call(manager, 'GET', `/api/clients/${ownedClientId}`);
    expect(client.json().ownerUserId).toBe(owner.userId);
  });
});

describe('prices and other protected properties', () => {
  it('never takes a price from the body: unit prices come from the catalog', async () => {
    const response = await call(owner, 'POST', '/api/orders', {
      clientId: ownedClientId,
      items: [{ productId, quantity: 1, unitPrice: '0.01', lineTotal: '0.01' }],
    });
    if (response.statusCode === 201) {
      const rows = await testApp.context.database.db
        .select({ unitPrice: orderItems.unitPrice })
        .from(orderItems)
        .where(eq(orderItems.orderId, response.json().id));
      expect(rows.map((row) => row.unitPrice)).toEqual(['25.00']);
    } else {
      expect(response.statusCode).toBe(400);
    }
  });

  it('refuses totals, statuses and amounts paid in an order body', async () => {
    for (const field of [{ totalAmount: '1.00' }, { status: 'paid' }, { amountPaid: '100.00' }]) {
      const response = await call(owner, 'PATCH', `/api/orders/${ownedOrderId}`, field);
      expect(response.statusCode).toBe(400);
    }
    const order = await call(manager, 'GET', `/api/orders/${ownedOrderId}`);
    expect(order.json()).toMatchObject({ status: 'draft', amountPaid: '0.00' });
  });

  it('lets only managers change a product price', async () => {
    const response = await call(owner, 'PATCH', `/api/products/${productId}`, { price: '0.01' });
    expect(response.statusCode).toBe(403);
    const product = await call(manager, 'GET', `/api/products/${productId}`);
    expect(product.json().price).toBe('25.00');
  });

  it('never lets a customer order, quote or see cost and stock in the public catalogue', async () => {
    const customer = await loginAs(testApp.app, testApp.context.database.db, 'customer', {
      clientId: ownedClientId,
    });
    const order = await call(customer, 'POST', '/api/orders', {
      clientId: ownedClientId,
      items: [{ productId, quantity: 1 }],
    });
    expect(order.statusCode).toBe(403);
    expect(
      (await call(customer, 'POST', '/api/catalog/quote', { lines: [{ productId, quantity: 1 }] }))
        .statusCode,
    ).toBe(403);
    const published = await testApp.app.inject({ method: 'GET', url: `/api/catalog/products/${productId}` });
    expect(published.statusCode).toBe(200);
    expect(published.json()).not.toHaveProperty('cost');
    expect(published.json()).not.toHaveProperty('stockOnHand');
  });
});
