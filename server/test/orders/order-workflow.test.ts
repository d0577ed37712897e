import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '../../src/modules/catalog';
import { createClient, createProduct, createUser, loginAs, type Session } from '../support/factories';
import {
  createConfirmedOrder,
  createDraftOrder,
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
let clientId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  api = ordersApi(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  clientId = (await createClient(db(), { companyName: 'Northwind Traders' })).id;
});
afterAll(() => testApp.close());

const eventTypes = async (orderId: number) => (await orderEventsOf(db(), orderId)).map((event) => event.type);

describe('draft orders', () => {
  it('creates a draft priced by the price function, with totals exact to the cent', async () => {
    const widget = await createStockedProduct(db(), { price: '19.99' });
    const bolt = await createStockedProduct(db(), { price: '0.10' });
    const response = await api.create(manager, {
      clientId,
      items: [
        { productId: widget.id, quantity: 3, discountPercent: '10', taxRate: '0.0825' },
        { productId: bolt.id, quantity: 3 },
      ],
      dueDate: '2031-01-31',
      notes: 'Deliver to the loading dock',
    });
    const order = expectStatus<OrderBody>(response, 201);
    expect(response.headers.etag).toBe('"1"');
    // 3 × 19.99 = 59.97; 10 % = 5.997 → 6.00; 8.25 % of 53.97 = 4.452525 → 4.45; line 58.42. Bolts 0.30.
    expect(order).toMatchObject({
      status: 'draft',
      paymentStatus: 'unpaid',
      fulfilmentStatus: 'unfulfilled',
      subtotal: '60.27',
      discountTotal: '6.00',
      taxTotal: '4.45',
      totalAmount: '58.72',
      outstandingBalance: '0.00',
      ownerUserId: manager.userId,
      notes: 'Deliver to the loading dock',
      availableActions: ['edit', 'delete', 'confirm', 'cancel'],
    });
    expect(order.items.map((item) => [item.unitPrice, item.lineTotal])).toEqual([
      ['19.99', '58.42'],
      ['0.10', '0.30'],
    ]);
    expect(order.items[0]?.priceExplanation).toMatchObject({ provisional: true, listPrice: '19.99' });
    expect(order.history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'draft', changedBy: manager.userId }),
    ]);
    expect(await eventTypes(order.id)).toEqual(['order.created']);
    expect((await orderAuditOf(testApp.app, admin, order.id)).map((entry) => entry.action)).toEqual([
      'create',
    ]);
  });

  it('answers a new draft and its confirmation exactly as reading the order back does', async () => {
    const owner = await createUser(db(), 'sales');
    const widget = await createStockedProduct(db(), { price: '19.99' });
    const bolt = await createStockedProduct(db(), { price: '0.10' });
    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [
        { productId: widget.id, quantity: 2, taxRate: '0.2' },
        { productId: bolt.id, quantity: 7, discountPercent: '5' },
        { productId: widget.id, quantity: 1 },
      ],
      ownerUserId: owner.id,
      dueDate: '2031-01-31',
      notes: 'Call before delivery',
    });
    expect(draft).toMatchObject({
      clientName: 'Northwind Traders',
      ownerUserId: owner.id,
      ownerName: owner.name,
    });
    expect(draft).toEqual(expectStatus<OrderBody>(await api.get(manager, draft.id), 200));

    const confirmed = expectStatus<OrderBody>(await api.confirm(manager, draft.id), 200);
    expect(confirmed.items.map((item) => item.priceExplanation.pricedAt)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(confirmed.history.map((change) => change.toStatus)).toEqual(['draft', 'confirmed']);
    expect(confirmed).toEqual(expectStatus<OrderBody>(await api.get(manager, draft.id), 200));
  });

  it('edits a draft under If-Match, and a stale If-Match never overwrites the newer change', async () => {
    const product = await createStockedProduct(db(), { price: '5.00' });
    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 1 }],
    });

    const first = await api.update(manager, draft.id, { items: [{ productId: product.id, quantity: 4 }] }, 1);
    expect(expectStatus<OrderBody>(first, 200)).toMatchObject({ version: 2, totalAmount: '20.00' });
    expect(first.headers.etag).toBe('"2"');

    const stale = await api.update(manager, draft.id, { notes: 'from an old screen' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json().code).toBe('version_conflict');

    const current = expectStatus<OrderBody>(await api.get(manager, draft.id), 200);
    expect(current).toMatchObject({ version: 2, totalAmount: '20.00', notes: null });
    expect((await api.update(manager, draft.id, { notes: 'x' }, 'W/"2"')).json().code).toBe(
      'invalid_if_match',
    );

    expect(await eventTypes(draft.id)).toEqual(['order.created', 'order.updated']);
    const audit = await orderAuditOf(testApp.app, admin, draft.id);
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(audit[1]?.changes.totalAmount).toEqual({ before: '5.00', after: '20.00' });
  });

  it('deletes drafts only; a confirmed order is history', async () => {
    const product = await createStockedProduct(db());
    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 1 }],
    });
    expect((await api.remove(manager, draft.id)).statusCode).toBe(204);
    expect((await api.get(manager, draft.id)).json().code).toBe('order_not_found');
    expect(await eventTypes(draft.id)).toEqual(['order.created', 'order.deleted']);

    const confirmed = await createConfirmedOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 1 }],
    });
    const refused = await api.remove(manager, confirmed.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'illegal_transition', from: 'confirmed', action: 'delete' });
  });
});

describe('confirmation', () => {
  it('fixes every price at confirmation and reserves the stock, in one step', async () => {
    const product = await createStockedProduct(db(), { price: '10.00', stock: 20 });
    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 5, taxRate: '0.2' }],
    });
    expect(draft.totalAmount).toBe('60.00');
    // The list price changes between the quote and the confirmation: the confirmation's price wins.
    await db().update(products).set({ price: '12.00' }).where(eq(products.id, product.id));

    const response = await api.confirm(manager, draft.id, { note: 'approved by phone' }, draft.version);
    const order = expectStatus<OrderBody>(response, 200);
    expect(order).toMatchObject({ status: 'confirmed', totalAmount: '72.00', outstandingBalance: '72.00' });
    expect(order.items[0]).toMatchObject({ unitPrice: '12.00', lineTotal: '72.00' });
    expect(order.items[0]?.priceExplanation).toMatchObject({ listPrice: '12.00' });
    expect(order.items[0]?.priceExplanation.pricedAt).toEqual(expect.any(String));
    expect(order.history.at(-1)).toMatchObject({
      fromStatus: 'draft',
      toStatus: 'confirmed',
      reason: 'approved by phone',
      changedBy: manager.userId,
    });
    expect(await stockOf(db(), product.id)).toEqual({ onHand: 20, reserved: 5, available: 15 });

    const events = await orderEventsOf(db(), order.id);
    expect(events.map((event) => event.type)).toEqual([
      'order.created',
      'order.status_changed',
      'order.confirmed',
    ]);
    expect(events.at(-1)).toMatchObject({
      actorUserId: manager.userId,
      payload: { totalAmount: '72.00', lines: [{ productId: product.id, quantity: 5, unitPrice: '12.00' }] },
    });
    const audit = await orderAuditOf(testApp.app, admin, order.id);
    expect(audit.map((entry) => entry.action)).toContain('confirm');
    expect(audit.find((entry) => entry.action === 'confirm')?.changes.status).toEqual({
      before: 'draft',
      after: 'confirmed',
    });
  });

  it('refuses a confirmation under a stale If-Match, changing nothing', async () => {
    const product = await createStockedProduct(db(), { stock: 3 });
    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 2 }],
    });
    expectStatus(await api.update(manager, draft.id, { notes: 'edited meanwhile' }, draft.version), 200);
    const stale = await api.confirm(manager, draft.id, {}, draft.version);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_conflict');
    expect(await stockOf(db(), product.id)).toMatchObject({ reserved: 0 });
    expect(expectStatus<OrderBody>(await api.get(manager, draft.id), 200)).toMatchObject({
      status: 'draft',
      notes: 'edited meanwhile',
      version: 2,
    });
  });

  it('refuses when stock is short, naming the short products, and reserves nothing at all', async () => {
    const plenty = await createStockedProduct(db(), { stock: 5 });
    const scarce = await createStockedProduct(db(), { stock: 1 });
    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [
        { productId: plenty.id, quantity: 3 },
        { productId: scarce.id, quantity: 2 },
      ],
    });
    const response = await api.confirm(manager, draft.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'insufficient_stock',
      shortages: [expect.objectContaining({ productId: scarce.id, requested: 2, available: 1 })],
    });
    expect(await stockOf(db(), plenty.id)).toMatchObject({ reserved: 0, available: 5 });
    expect(expectStatus<OrderBody>(await api.get(manager, draft.id), 200)).toMatchObject({
      status: 'draft',
      version: 1,
    });
    expect(await eventTypes(draft.id)).toEqual(['order.created']);
  });

  it('refuses a second confirmation and every other move the state machine lacks', async () => {
    const product = await createStockedProduct(db());
    const order = await createConfirmedOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 2 }],
    });
    const again = await api.confirm(manager, order.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'illegal_transition', from: 'confirmed', action: 'confirm' });

    const close = await api.close(manager, order.id);
    expect(close.json()).toMatchObject({ code: 'illegal_transition', from: 'confirmed', to: 'closed' });

    const draft = await createDraftOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 1 }],
    });
    expect((await api.ship(manager, draft.id)).json()).toMatchObject({
      code: 'illegal_transition',
      from: 'draft',
    });
    expect((await api.pay(manager, draft.id, '1.00')).json()).toMatchObject({
      code: 'illegal_transition',
      from: 'draft',
      action: 'record_payment',
    });

    expectStatus(
      await api.ship(manager, order.id, { items: [{ orderItemId: order.items[0]?.id, quantity: 1 }] }),
      201,
    );
    const cancel = await api.cancel(manager, order.id);
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json()).toMatchObject({
      code: 'illegal_transition',
      from: 'partially_fulfilled',
      to: 'cancelled',
      detail: 'Cannot cancel an order from partially_fulfilled to cancelled',
    });
  });
});

describe('cancellation', () => {
  it('needs a reason, releases the reserved stock and records why', async () => {
    const product = await createStockedProduct(db(), { stock: 10 });
    const order = await createConfirmedOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 4 }],
    });
    expect(await stockOf(db(), product.id)).toMatchObject({ reserved: 4 });

    const noReason = await testApp.app.inject({
      method: 'POST',
      url: `/api/orders/${order.id}/cancel`,
      headers: manager.headers,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ parameter: 'body.reason' }],
    });

    const cancelled = expectStatus<OrderBody>(await api.cancel(manager, order.id, 'duplicate order'), 200);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      outstandingBalance: '0.00',
      availableActions: [],
    });
    expect(cancelled.history.at(-1)).toMatchObject({ toStatus: 'cancelled', reason: 'duplicate order' });
    expect(await stockOf(db(), product.id)).toEqual({ onHand: 10, reserved: 0, available: 10 });
    const events = await orderEventsOf(db(), order.id);
    expect(events.at(-1)).toMatchObject({ type: 'order.cancelled', payload: { reason: 'duplicate order' } });
  });
});

describe('payments and refunds', () => {
  async function orderOf(total: string) {
    const product = await createStockedProduct(db(), { price: total });
    return createConfirmedOrder(api, manager, { clientId, items: [{ productId: product.id, quantity: 1 }] });
  }

  it('never takes more than is owed, and the statuses follow the money', async () => {
    const order = await orderOf('100.00');
    const partial = expectStatus<OrderBody>(
      await api.pay(manager, order.id, '40', { reference: 'INV-1' }),
      201,
    );
    expect(partial).toMatchObject({
      status: 'partially_paid',
      paymentStatus: 'partially_paid',
      amountPaid: '40.00',
      outstandingBalance: '60.00',
    });
    const over = await api.pay(manager, order.id, '60.01');
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'overpayment', outstandingBalance: '60.00' });

    const paid = expectStatus<OrderBody>(await api.pay(manager, order.id, '60.00'), 201);
    expect(paid).toMatchObject({ status: 'paid', paymentStatus: 'paid', outstandingBalance: '0.00' });
    expect(paid.payments.map((payment) => [payment.kind, payment.amount])).toEqual([
      ['payment', '40.00'],
      ['payment', '60.00'],
    ]);
    expect((await api.pay(manager, order.id, '0.01')).json().code).toBe('overpayment');
    expect(await eventTypes(order.id)).toEqual([
      'order.created',
      'order.status_changed',
      'order.confirmed',
      'order.status_changed',
      'payment.recorded',
      'order.status_changed',
      'payment.recorded',
      'order.paid',
    ]);
  });

  it('never refunds more than was paid, nor everything on an order still to ship', async () => {
    const order = await orderOf('100.00');
    await api.pay(manager, order.id, '100.00');
    const tooMuch = await api.refund(manager, order.id, '100.01');
    expect(tooMuch.json()).toMatchObject({ code: 'refund_exceeds_paid', refundable: '100.00' });
    const everything = await api.refund(manager, order.id, '100.00');
    expect(everything.json()).toMatchObject({ code: 'illegal_transition', from: 'paid', to: 'refunded' });

    const partial = expectStatus<OrderBody>(await api.refund(manager, order.id, '30.00'), 201);
    expect(partial).toMatchObject({
      status: 'paid',
      paymentStatus: 'partially_refunded',
      amountPaid: '100.00',
      amountRefunded: '30.00',
      outstandingBalance: '0.00',
    });
    expect((await api.refund(manager, order.id, '70.01')).json().code).toBe('refund_exceeds_paid');
    const events = await orderEventsOf(db(), order.id);
    expect(events.at(-1)).toMatchObject({ type: 'payment.refunded', payload: { amount: '30.00' } });
  });

  it('refunds a cancelled order until it is refunded, then closes it', async () => {
    const order = await orderOf('50.00');
    await api.pay(manager, order.id, '50.00');
    expectStatus(await api.cancel(manager, order.id, 'out of budget'), 200);
    expect((await api.pay(manager, order.id, '1.00')).json()).toMatchObject({ code: 'illegal_transition' });
    expect(expectStatus<OrderBody>(await api.refund(manager, order.id, '20.00'), 201).status).toBe(
      'cancelled',
    );
    const refunded = expectStatus<OrderBody>(await api.refund(manager, order.id, '30.00'), 201);
    expect(refunded).toMatchObject({
      status: 'refunded',
      paymentStatus: 'refunded',
      amountRefunded: '50.00',
    });
    expect(expectStatus<OrderBody>(await api.close(manager, order.id), 200).status).toBe('closed');
    expect((await eventTypes(order.id)).filter((type) => !type.endsWith('status_changed')).slice(-5)).toEqual(
      ['order.cancelled', 'payment.refunded', 'payment.refunded', 'order.refunded', 'order.closed'],
    );
  });

  it('refuses malformed amounts with stable codes', async () => {
    const order = await orderOf('10.00');
    for (const amount of ['0', '0.00', '1.001', '-5', '1e3', 10]) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: `/api/orders/${order.id}/payments`,
        headers: manager.headers,
        payload: { amount, method: 'card' },
      });
      expect(response.statusCode, String(amount)).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'validation_failed',
        errors: [{ parameter: 'body.amount' }],
      });
    }
    const future = await api.pay(manager, order.id, '1.00', { paidAt: '2999-01-01T00:00:00Z' });
    expect(future.json()).toMatchObject({ code: 'date_in_future', errors: [{ parameter: 'body.paidAt' }] });
  });
});

describe('fulfilment', () => {
  it('ships part, then the rest, delivers, takes the last payment and closes', async () => {
    const desk = await createStockedProduct(db(), { price: '200.00', stock: 10 });
    const lamp = await createStockedProduct(db(), { price: '25.00', stock: 10 });
    const order = await createConfirmedOrder(api, manager, {
      clientId,
      items: [
        { productId: desk.id, quantity: 3 },
        { productId: lamp.id, quantity: 2 },
      ],
    });
    const [deskLine, lampLine] = order.items as [OrderBody['items'][0], OrderBody['items'][0]];

    const partial = expectStatus<OrderBody>(
      await api.ship(manager, order.id, {
        carrier: 'DHL',
        trackingNumber: 'JD0001',
        items: [{ orderItemId: deskLine.id, quantity: 1 }],
      }),
      201,
    );
    expect(partial).toMatchObject({ status: 'partially_fulfilled', fulfilmentStatus: 'partially_fulfilled' });
    expect(partial.shipments).toEqual([
      expect.objectContaining({
        carrier: 'DHL',
        deliveredAt: null,
        items: [expect.objectContaining({ orderItemId: deskLine.id, quantity: 1 })],
      }),
    ]);
    expect(await stockOf(db(), desk.id)).toEqual({ onHand: 9, reserved: 2, available: 7 });

    const tooMany = await api.ship(manager, order.id, { items: [{ orderItemId: deskLine.id, quantity: 3 }] });
    expect(tooMany.json()).toMatchObject({ code: 'shipment_exceeds_order', remaining: 2 });
    const foreign = await api.ship(manager, order.id, { items: [{ orderItemId: 999_999, quantity: 1 }] });
    expect(foreign.json()).toMatchObject({
      code: 'order_item_not_found',
      errors: [{ parameter: 'body.items.0.orderItemId' }],
    });

    const full = expectStatus<OrderBody>(await api.ship(manager, order.id, { carrier: 'UPS' }), 201);
    expect(full).toMatchObject({ status: 'fulfilled', fulfilmentStatus: 'fulfilled' });
    expect(full.items.map((item) => item.quantityShipped)).toEqual([3, 2]);
    expect(full.shipments[1]?.items.map((item) => [item.orderItemId, item.quantity])).toEqual([
      [deskLine.id, 2],
      [lampLine.id, 2],
    ]);
    expect(await stockOf(db(), lamp.id)).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect((await api.ship(manager, order.id)).json()).toMatchObject({
      code: 'illegal_transition',
      from: 'fulfilled',
    });

    const [first, second] = full.shipments as [OrderBody['shipments'][0], OrderBody['shipments'][0]];
    const firstArrived = expectStatus<OrderBody>(await api.deliver(manager, order.id, first.id), 200);
    expect(firstArrived.status).toBe('fulfilled');
    expect((await api.deliver(manager, order.id, first.id)).json().code).toBe('shipment_already_delivered');
    const delivered = expectStatus<OrderBody & { deliveryDate: string }>(
      await api.deliver(manager, order.id, second.id),
      200,
    );
    expect(delivered).toMatchObject({ status: 'delivered', fulfilmentStatus: 'delivered' });
    expect(delivered.deliveryDate).toEqual(expect.any(String));

    const owed = await api.close(manager, order.id);
    expect(owed.json()).toMatchObject({ code: 'balance_outstanding', outstandingBalance: '650.00' });
    const paid = expectStatus<OrderBody>(await api.pay(manager, order.id, '650.00'), 201);
    expect(paid).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
    const closed = expectStatus<OrderBody>(await api.close(manager, order.id), 200);
    expect(closed).toMatchObject({ status: 'closed', availableActions: [] });
    expect((await api.pay(manager, order.id, '1.00')).json()).toMatchObject({
      code: 'illegal_transition',
      from: 'closed',
    });

    expect(closed.history.map((change) => change.toStatus)).toEqual([
      'draft',
      'confirmed',
      'partially_fulfilled',
      'fulfilled',
      'delivered',
      'closed',
    ]);
    const types = await eventTypes(order.id);
    for (const type of [
      'shipment.created',
      'order.fulfilled',
      'shipment.delivered',
      'order.delivered',
      'payment.recorded',
      'order.paid',
      'order.closed',
    ]) {
      expect(types, type).toContain(type);
    }
    const audit = (await orderAuditOf(testApp.app, admin, order.id)).map((entry) => entry.action);
    expect(audit).toEqual(expect.arrayContaining(['ship', 'deliver', 'record_payment', 'close']));
  });

  it('refuses deliveries of shipments of other orders and arrivals before departure', async () => {
    const product = await createStockedProduct(db());
    const order = await createConfirmedOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 1 }],
    });
    const shipped = expectStatus<OrderBody>(await api.ship(manager, order.id), 201);
    const other = await createConfirmedOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 1 }],
    });
    const shipmentId = shipped.shipments[0]?.id as number;
    expect((await api.deliver(manager, other.id, shipmentId)).json().code).toBe('shipment_not_found');
    const early = await api.deliver(manager, order.id, shipmentId, { deliveredAt: '2000-01-01T00:00:00Z' });
    expect(early.json()).toMatchObject({
      code: 'delivered_before_shipped',
      errors: [{ parameter: 'body.deliveredAt' }],
    });
  });

  it('takes returned goods back into stock, then a full refund reverses the sale', async () => {
    const product = await createStockedProduct(db(), { price: '30.00', stock: 5 });
    const order = await createConfirmedOrder(api, manager, {
      clientId,
      items: [{ productId: product.id, quantity: 2 }],
    });
    await api.pay(manager, order.id, '60.00');
    const shipped = expectStatus<OrderBody>(await api.ship(manager, order.id), 201);
    await api.deliver(manager, order.id, shipped.shipments[0]?.id as number);
    const line = order.items[0]?.id as number;

    const tooMany = await api.returnItems(manager, order.id, {
      reason: 'damaged',
      items: [{ orderItemId: line, quantity: 3 }],
    });
    expect(tooMany.json()).toMatchObject({ code: 'return_exceeds_shipped', returnable: 2 });
    const returned = expectStatus<OrderBody>(
      await api.returnItems(manager, order.id, {
        reason: 'damaged',
        items: [{ orderItemId: line, quantity: 2 }],
      }),
      200,
    );
    expect(returned).toMatchObject({ status: 'delivered' });
    expect(returned.items[0]?.quantityReturned).toBe(2);
    expect(await stockOf(db(), product.id)).toEqual({ onHand: 5, reserved: 0, available: 5 });

    const refunded = expectStatus<OrderBody>(await api.refund(manager, order.id, '60.00'), 201);
    expect(refunded).toMatchObject({ status: 'refunded', paymentStatus: 'refunded' });
    expect(await eventTypes(order.id)).toEqual(
      expect.arrayContaining(['order.items_returned', 'payment.refunded', 'order.refunded']),
    );
  });
});

describe('bad input', () => {
  it('answers problem+json with stable codes', async () => {
    const product = await createStockedProduct(db());
    const archived = await createClient(db(), { archivedAt: new Date() });
    const item = { productId: product.id, quantity: 1 };
    const cases: [unknown, number, string, string?][] = [
      [{ clientId: 999_999, items: [item] }, 400, 'client_not_found', 'body.clientId'],
      [
        { clientId, items: [{ productId: 999_999, quantity: 1 }] },
        400,
        'product_not_found',
        'body.items.0.productId',
      ],
      [{ clientId: archived.id, items: [item] }, 409, 'client_archived'],
      [{ clientId, items: [] }, 400, 'validation_failed', 'body.items'],
      [{ clientId, items: [{ ...item, quantity: 0 }] }, 400, 'validation_failed', 'body.items.0.quantity'],
      [
        { clientId, items: [{ ...item, discountPercent: '150' }] },
        400,
        'validation_failed',
        'body.items.0.discountPercent',
      ],
      [{ clientId, items: [{ ...item, taxRate: '1.5' }] }, 400, 'validation_failed', 'body.items.0.taxRate'],
      [{ clientId, items: [{ ...item, taxRate: 0.2 }] }, 400, 'validation_failed', 'body.items.0.taxRate'],
      [{ clientId, items: [item], status: 'paid' }, 400, 'validation_failed'],
      [{ clientId, items: [item], dueDate: '31/01/2030' }, 400, 'validation_failed', 'body.dueDate'],
      [{ clientId, items: [item], ownerUserId: 999_999 }, 400, 'invalid_owner', 'body.ownerUserId'],
      [{ clientId, items: [{ productId: product.id, quantity: 100_000 }] }, 201, ''],
    ];
    for (const [body, status, code, parameter] of cases) {
      const response = await api.create(manager, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      if (status >= 400) {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().code, JSON.stringify(body)).toBe(code);
        if (parameter) {
          expect(response.json().errors.map((error: { parameter: string }) => error.parameter)).toContain(
            parameter,
          );
        }
      }
    }
    expect((await api.get(manager, 999_999)).json()).toMatchObject({ status: 404, code: 'order_not_found' });
    expect((await api.confirm(manager, 999_999)).json().code).toBe('order_not_found');
  });

  it("names the order's own objections to its products before the price function's", async () => {
    const dollars = await createStockedProduct(db());
    const euros = await createProduct(db(), { currency: 'EUR', stockOnHand: 5 });
    const unsellable = await createProduct(db(), { status: 'draft', stockOnHand: 5 });
    const create = (productIds: number[]) =>
      api.create(manager, { clientId, items: productIds.map((productId) => ({ productId, quantity: 1 })) });

    const mixed = await create([dollars.id, euros.id]);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json()).toMatchObject({
      code: 'mixed_currencies',
      detail: 'One order is in one currency, not USD, EUR',
    });
    // An unsellable product among them changes nothing: the currencies are the order's first objection.
    expect((await create([unsellable.id, euros.id])).json().code).toBe('mixed_currencies');
    const missing = await create([unsellable.id, 999_999]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'product_not_found',
      errors: [{ parameter: 'body.items.1.productId', message: 'product 999999 does not exist' }],
    });
    const notForSale = await create([dollars.id, unsellable.id]);
    expect(notForSale.statusCode).toBe(409);
    expect(notForSale.json()).toMatchObject({
      code: 'product_not_sellable',
      products: [{ productId: unsellable.id, sku: unsellable.sku, status: 'draft' }],
    });
  });

  it('refuses an order whose total would not fit the books', async () => {
    const pricey = await createStockedProduct(db(), { price: '99999999.99' });
    const response = await api.create(manager, {
      clientId,
      items: [{ productId: pricey.id, quantity: 100_000 }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('total_too_large');
  });
});
