import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, loginAs, type Session } from '../support/factories';
import {
  createConfirmedOrder,
  createDraftOrder,
  createStockedProduct,
  expectStatus,
  type OrderBody,
  type OrdersApi,
  ordersApi,
} from '../support/order-factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let api: OrdersApi;
let manager: Session;
let alice: Session; // sales
let bob: Session; // sales
let productId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  api = ordersApi(testApp.app);
  manager = await loginAs(testApp.app, db(), 'manager');
  alice = await loginAs(testApp.app, db(), 'sales');
  bob = await loginAs(testApp.app, db(), 'sales');
  productId = (await createStockedProduct(db(), { price: '40.00', stock: 1_000 })).id;
});
afterAll(() => testApp.close());

const line = () => ({ productId, quantity: 1 });

describe('sales ownership', () => {
  it('lets only the owning sales user change an order; a second one gets 403 not_owner', async () => {
    const client = await createClient(db());
    const order = await createDraftOrder(api, alice, { clientId: client.id, items: [line()] });
    expect(order.ownerUserId).toBe(alice.userId);

    for (const response of [
      await api.update(bob, order.id, { notes: 'mine now' }),
      await api.confirm(bob, order.id),
      await api.cancel(bob, order.id),
      await api.remove(bob, order.id),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'not_owner' });
    }
    // Bob may still read it: sales users see every order, they change only their own.
    expect((await api.get(bob, order.id)).statusCode).toBe(200);
    const confirmed = expectStatus<OrderBody>(await api.confirm(alice, order.id), 200);
    expect((await api.pay(bob, confirmed.id, '10.00')).json().code).toBe('not_owner');
    expect(expectStatus<OrderBody>(await api.pay(alice, confirmed.id, '10.00'), 201).amountPaid).toBe(
      '10.00',
    );
    // Managers are not bound by ownership.
    expect((await api.pay(manager, confirmed.id, '10.00')).statusCode).toBe(201);
    expect(expectStatus<OrderBody>(await api.get(alice, order.id), 200).version).toBe(confirmed.version + 2);
  });

  it("falls back to the client's owner when the order has none", async () => {
    const bobsClient = await createClient(db(), { ownerUserId: bob.userId });
    const order = await createDraftOrder(api, manager, {
      clientId: bobsClient.id,
      items: [line()],
      ownerUserId: null,
    });
    expect(order.ownerUserId).toBeNull();
    expect((await api.update(alice, order.id, { notes: 'hello' })).json().code).toBe('not_owner');
    expect((await api.update(bob, order.id, { notes: 'hello' })).statusCode).toBe(200);
  });

  it('keeps sales users to their own book when creating orders and naming owners', async () => {
    const bobsClient = await createClient(db(), { ownerUserId: bob.userId });
    const forBobsClient = await api.create(alice, { clientId: bobsClient.id, items: [line()] });
    expect(forBobsClient.statusCode).toBe(403);
    expect(forBobsClient.json().code).toBe('not_owner');

    const unowned = await createClient(db());
    const givenAway = await api.create(alice, {
      clientId: unowned.id,
      items: [line()],
      ownerUserId: bob.userId,
    });
    expect(givenAway.json().code).toBe('not_owner');
    // A manager assigns orders to anyone on the staff.
    const assigned = await createDraftOrder(api, manager, {
      clientId: unowned.id,
      items: [line()],
      ownerUserId: bob.userId,
    });
    expect(assigned.ownerUserId).toBe(bob.userId);
  });
});

describe('role permissions', () => {
  it('lets agents read but not write, and keeps fulfilment to managers and admins', async () => {
    const agent = await loginAs(testApp.app, db(), 'agent');
    const client = await createClient(db());
    const order = await createConfirmedOrder(api, alice, { clientId: client.id, items: [line()] });
    expect((await api.get(agent, order.id)).statusCode).toBe(200);
    for (const response of [
      await api.create(agent, { clientId: client.id, items: [line()] }),
      await api.pay(agent, order.id, '1.00'),
      await api.ship(alice, order.id),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    expect((await api.ship(manager, order.id)).statusCode).toBe(201);
  });
});

describe('customers', () => {
  it('see their own orders with payments and shipments, never internal notes', async () => {
    const client = await createClient(db(), { companyName: 'Own Co' });
    const other = await createClient(db(), { companyName: 'Other Co' });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: client.id });
    const own = await createConfirmedOrder(api, manager, {
      clientId: client.id,
      items: [line()],
      notes: 'Difficult customer, insist on prepayment',
    });
    await api.pay(manager, own.id, '15.00', { reference: 'WIRE-77' });
    await api.ship(manager, own.id, { carrier: 'DHL', trackingNumber: 'JD42' });
    const foreign = await createConfirmedOrder(api, manager, { clientId: other.id, items: [line()] });

    const seen = expectStatus<OrderBody>(await api.get(customer, own.id), 200);
    expect(seen).toMatchObject({
      status: 'fulfilled',
      notes: null,
      availableActions: [],
      outstandingBalance: '25.00',
      payments: [expect.objectContaining({ amount: '15.00', createdBy: null })],
      shipments: [expect.objectContaining({ carrier: 'DHL' })],
    });
    expect(seen.history.every((change) => change.changedBy === null)).toBe(true);

    const missing = await api.get(customer, foreign.id);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('order_not_found');
    const listed = expectStatus<{ items: { id: number }[] }>(
      await api.list(customer, `?clientId=${other.id}&status=confirmed`),
      200,
    );
    expect(listed.items).toEqual([]);
    const all = expectStatus<{ items: { id: number }[] }>(await api.list(customer), 200);
    expect(all.items.map((order) => order.id)).toEqual([own.id]);
  });

  it('cannot change orders, even their own, nor read reports', async () => {
    const client = await createClient(db());
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: client.id });
    const own = await createConfirmedOrder(api, manager, { clientId: client.id, items: [line()] });
    for (const response of [
      await api.create(customer, { clientId: client.id, items: [line()] }),
      await api.pay(customer, own.id, '1.00'),
      await api.cancel(customer, own.id),
      await testApp.app.inject({ method: 'GET', url: '/api/reports/revenue', headers: customer.headers }),
    ]) {
      expect(response.statusCode).toBe(403);
    }
  });
});
