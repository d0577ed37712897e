import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseStock, reserveStock, returnStock, shipStock } from '../../src/modules/catalog';
import type { Executor } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import type { AppError } from '../../src/platform/http/errors';
import { eventsOfType, send, systemActor } from '../support/catalog-factories';
import { createProduct, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let manager: Session;
let admin: Session;
let sales: Session;

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  manager = await loginAs(testApp.app, db, 'manager');
  admin = await loginAs(testApp.app, db, 'admin');
  sales = await loginAs(testApp.app, db, 'sales');
});
afterAll(() => testApp.close());

const call = (session: Session | undefined, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  send(testApp.app, session, method, url, payload);
const move = (productId: number, body: Record<string, unknown>, session: Session = manager) =>
  call(session, 'POST', `/api/products/${productId}/movements`, body);
const stockOf = async (productId: number) =>
  (await call(sales, 'GET', `/api/products/${productId}/stock`)).json();

let orderId = 1000;
const inTransaction = <T>(work: (tx: Executor) => Promise<T>) =>
  testApp.context.database.db.transaction((tx) => work(tx));
const reserve = (lines: { productId: number; quantity: number }[], order = ++orderId) =>
  inTransaction((tx) => reserveStock(tx, { orderId: order, lines, actor: systemActor(manager.userId) }));

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('manual movements and the ledger', () => {
  it('records receipts, adjustments and returns, each with who and why, newest first', async () => {
    const product = await createProduct(testApp.context.database.db, { reorderLevel: 3 });
    const receipt = await move(product.id, { kind: 'receipt', quantity: 20, reason: 'PO-77' });
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json()).toMatchObject({
      movement: {
        kind: 'receipt',
        onHandChange: 20,
        reservedChange: 0,
        onHandAfter: 20,
        reason: 'PO-77',
        createdBy: manager.userId,
      },
      stock: { productId: product.id, onHand: 20, reserved: 0, available: 20, reorderLevel: 3, low: false },
    });
    expect(
      (await move(product.id, { kind: 'adjustment', quantity: -4, reason: 'stock count' })).statusCode,
    ).toBe(201);
    expect(
      (await move(product.id, { kind: 'return', quantity: 1, reason: 'customer return' })).statusCode,
    ).toBe(201);

    expect(await stockOf(product.id)).toEqual({
      productId: product.id,
      onHand: 17,
      reserved: 0,
      available: 17,
      reorderLevel: 3,
      low: false,
    });
    const firstPage = (await call(sales, 'GET', `/api/products/${product.id}/movements?limit=2`)).json();
    expect(
      firstPage.items.map((item: { kind: string; onHandAfter: number }) => [item.kind, item.onHandAfter]),
    ).toEqual([
      ['return', 17],
      ['adjustment', 16],
    ]);
    const secondPage = (
      await call(sales, 'GET', `/api/products/${product.id}/movements?limit=2&cursor=${firstPage.nextCursor}`)
    ).json();
    expect(secondPage.items.map((item: { kind: string }) => item.kind)).toEqual(['receipt']);
    expect(secondPage.nextCursor).toBeNull();
    const receipts = (await call(sales, 'GET', `/api/products/${product.id}/movements?kind=receipt`)).json();
    expect(receipts.items).toHaveLength(1);

    const [received] = await eventsOfType(testApp.context.database.db, 'stock.received', product.id);
    expect(received?.payload).toMatchObject({ quantity: 20, onHand: 20, available: 20, reason: 'PO-77' });
    expect(await eventsOfType(testApp.context.database.db, 'stock.adjusted', product.id)).toHaveLength(1);
    const audit = (await call(admin, 'GET', `/api/audit?resource=product&resourceId=${product.id}`)).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual([
      'stock_return',
      'stock_adjustment',
      'stock_receipt',
    ]);
  });

  it('validates movements: signs, a reason for adjustments, and no stock below what is reserved', async () => {
    const product = await createProduct(testApp.context.database.db, { stockOnHand: 5 });
    const negativeReceipt = await move(product.id, { kind: 'receipt', quantity: -1 });
    expect(negativeReceipt.statusCode).toBe(400);
    expect(negativeReceipt.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ parameter: 'body.quantity' }],
    });
    const zero = await move(product.id, { kind: 'receipt', quantity: 0 });
    expect(zero.json().errors[0].parameter).toBe('body.quantity');
    const noReason = await move(product.id, { kind: 'adjustment', quantity: -1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].parameter).toBe('body.reason');
    const reservation = await move(product.id, { kind: 'reservation', quantity: 1 });
    expect(reservation.statusCode).toBe(400);
    expect(reservation.json().errors[0].parameter).toBe('body.kind');

    await reserve([{ productId: product.id, quantity: 3 }]);
    const belowReserved = await move(product.id, { kind: 'adjustment', quantity: -3, reason: 'breakage' });
    expect(belowReserved.statusCode).toBe(409);
    expect(belowReserved.json()).toMatchObject({
      code: 'insufficient_stock',
      shortages: [{ productId: product.id, requested: 3, available: 2 }],
    });
    expect(
      (await move(product.id, { kind: 'adjustment', quantity: -2, reason: 'breakage' })).statusCode,
    ).toBe(201);
    expect(await stockOf(product.id)).toMatchObject({ onHand: 3, reserved: 3, available: 0 });
    expect((await move(999999, { kind: 'receipt', quantity: 1 })).statusCode).toBe(404);
  });

  it('is for inventory managers: sales may read stock but not move it', async () => {
    const product = await createProduct(testApp.context.database.db);
    expect((await move(product.id, { kind: 'receipt', quantity: 1 }, sales)).statusCode).toBe(403);
    expect((await call(sales, 'GET', `/api/products/${product.id}/stock`)).statusCode).toBe(200);
  });
});

describe('stock.low', () => {
  it('is raised when available crosses to or below the reorder level, not on every movement below it', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db, { stockOnHand: 10, reorderLevel: 3 });
    const lowEvents = () => eventsOfType(db, 'stock.low', product.id);

    await reserve([{ productId: product.id, quantity: 6 }]); // 4 available: above
    expect(await lowEvents()).toHaveLength(0);
    await reserve([{ productId: product.id, quantity: 1 }]); // 3: crossing
    expect(await lowEvents()).toHaveLength(1);
    await reserve([{ productId: product.id, quantity: 1 }]); // 2: still low, no new event
    await move(product.id, { kind: 'adjustment', quantity: -1, reason: 'damaged' }); // 1
    expect(await lowEvents()).toHaveLength(1);
    expect((await stockOf(product.id)).low).toBe(true);

    await move(product.id, { kind: 'receipt', quantity: 10 }); // 11: recovered
    expect((await stockOf(product.id)).low).toBe(false);
    await move(product.id, { kind: 'adjustment', quantity: -8, reason: 'recount' }); // 3: crossing again
    const events = await lowEvents();
    expect(events).toHaveLength(2);
    expect(events[1]?.payload).toEqual({
      productId: product.id,
      sku: product.sku,
      name: product.name,
      available: 3,
      reorderLevel: 3,
    });
  });

  it('is raised when the reorder level is raised above what is available', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db, { stockOnHand: 5, reorderLevel: 1 });
    await call(manager, 'POST', `/api/products/${product.id}/movements`, { kind: 'receipt', quantity: 1 });
    const response = await send(testApp.app, manager, 'PATCH', `/api/products/${product.id}`, {
      reorderLevel: 10,
    });
    expect(response.json()).toMatchObject({ lowStock: true, stockAvailable: 6 });
    expect(await eventsOfType(db, 'stock.low', product.id)).toHaveLength(1);
  });
});

describe('order stock functions', () => {
  it('reserves, releases, ships and returns, keeping the ledger and both counters in step', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db, { stockOnHand: 10 });
    await reserve([{ productId: product.id, quantity: 4 }], 501);
    expect(await stockOf(product.id)).toMatchObject({ onHand: 10, reserved: 4, available: 6 });
    await inTransaction((tx) =>
      releaseStock(tx, {
        orderId: 501,
        lines: [{ productId: product.id, quantity: 1 }],
        actor: systemActor(),
      }),
    );
    expect(await stockOf(product.id)).toMatchObject({ onHand: 10, reserved: 3, available: 7 });
    await inTransaction((tx) =>
      shipStock(tx, { orderId: 501, lines: [{ productId: product.id, quantity: 3 }], actor: systemActor() }),
    );
    expect(await stockOf(product.id)).toMatchObject({ onHand: 7, reserved: 0, available: 7 });
    await inTransaction((tx) =>
      returnStock(tx, {
        orderId: 501,
        lines: [{ productId: product.id, quantity: 2 }],
        actor: systemActor(),
      }),
    );
    expect(await stockOf(product.id)).toMatchObject({ onHand: 9, reserved: 0, available: 9 });

    const ledger = (await call(sales, 'GET', `/api/products/${product.id}/movements`)).json().items.reverse();
    expect(
      ledger.map((row: Record<string, unknown>) => [
        row.kind,
        row.onHandChange,
        row.reservedChange,
        row.onHandAfter,
        row.reservedAfter,
        row.orderId,
      ]),
    ).toEqual([
      ['reservation', 0, 4, 10, 4, 501],
      ['release', 0, -1, 10, 3, 501],
      ['shipment', -3, -3, 7, 0, 501],
      ['return', 2, 0, 9, 0, 501],
    ]);
    expect((await eventsOfType(db, 'stock.shipped', product.id))[0]?.payload).toMatchObject({
      orderId: 501,
      quantity: 3,
    });
    const audit = (await call(admin, 'GET', '/api/audit?resource=order&resourceId=501')).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual([
      'return_stock',
      'ship_stock',
      'release_stock',
      'reserve_stock',
    ]);
  });

  it('reserves all lines or none, naming every short product and what is available', async () => {
    const { db } = testApp.context.database;
    const plenty = await createProduct(db, { stockOnHand: 50 });
    const short = await createProduct(db, { stockOnHand: 2 });
    const alsoShort = await createProduct(db, { stockOnHand: 1 });
    const error = await failure(
      reserve([
        { productId: alsoShort.id, quantity: 3 },
        { productId: plenty.id, quantity: 5 },
        { productId: short.id, quantity: 2 },
        { productId: short.id, quantity: 1 },
      ]),
    );
    expect(error).toMatchObject({ code: 'insufficient_stock', status: 409 });
    expect(error.extensions.shortages).toEqual([
      { productId: short.id, sku: short.sku, requested: 3, available: 2 },
      { productId: alsoShort.id, sku: alsoShort.sku, requested: 3, available: 1 },
    ]);
    expect((await stockOf(plenty.id)).reserved).toBe(0);
    expect((await call(sales, 'GET', `/api/products/${plenty.id}/movements`)).json().items).toEqual([]);
  });

  it("records each product's stock.reserved, then its stock.low when it crossed, in product order", async () => {
    const { db } = testApp.context.database;
    const first = await createProduct(db, { stockOnHand: 10, reorderLevel: 5 });
    const second = await createProduct(db, { stockOnHand: 10, reorderLevel: 2 });
    const third = await createProduct(db, { stockOnHand: 10, reorderLevel: 5 });
    const actor = systemActor(manager.userId);
    await inTransaction((tx) =>
      reserveStock(tx, {
        orderId: 4242,
        lines: [
          { productId: third.id, quantity: 6 },
          { productId: first.id, quantity: 6 },
          { productId: second.id, quantity: 1 },
        ],
        actor,
      }),
    );
    const events = await db
      .select({
        type: domainEvents.type,
        aggregateId: domainEvents.aggregateId,
        payload: domainEvents.payload,
        actorUserId: domainEvents.actorUserId,
        requestId: domainEvents.requestId,
      })
      .from(domainEvents)
      .where(
        and(
          eq(domainEvents.aggregateType, 'product'),
          inArray(domainEvents.aggregateId, [first.id, second.id, third.id]),
        ),
      )
      .orderBy(asc(domainEvents.id));
    const reserved = (product: typeof first, quantity: number) => ({
      type: 'stock.reserved',
      aggregateId: product.id,
      payload: {
        productId: product.id,
        quantity,
        onHand: 10,
        reserved: quantity,
        available: 10 - quantity,
        orderId: 4242,
        reason: null,
      },
      actorUserId: manager.userId,
      requestId: actor.requestId,
    });
    const low = (product: typeof first, available: number, reorderLevel: number) => ({
      type: 'stock.low',
      aggregateId: product.id,
      payload: { productId: product.id, sku: product.sku, name: product.name, available, reorderLevel },
      actorUserId: manager.userId,
      requestId: actor.requestId,
    });
    expect(events).toEqual([
      reserved(first, 6),
      low(first, 4, 5),
      reserved(second, 1),
      reserved(third, 6),
      low(third, 4, 5),
    ]);
  });

  it('undoes its own lines even when the caller catches the error and commits', async () => {
    const { db } = testApp.context.database;
    const plenty = await createProduct(db, { stockOnHand: 50 });
    const empty = await createProduct(db, { stockOnHand: 0 });
    await inTransaction(async (tx) => {
      await reserveStock(tx, {
        orderId: 777,
        lines: [
          { productId: plenty.id, quantity: 5 },
          { productId: empty.id, quantity: 1 },
        ],
        actor: systemActor(),
      }).catch(() => undefined);
    });
    expect((await stockOf(plenty.id)).reserved).toBe(0);
  });

  it('sells a discontinued product down to zero, but never a draft or an archived one', async () => {
    const { db } = testApp.context.database;
    const discontinued = await createProduct(db, { status: 'discontinued', stockOnHand: 2 });
    await reserve([{ productId: discontinued.id, quantity: 2 }]);
    expect((await failure(reserve([{ productId: discontinued.id, quantity: 1 }]))).code).toBe(
      'insufficient_stock',
    );

    const draft = await createProduct(db, { status: 'draft', stockOnHand: 5 });
    const archived = await createProduct(db, { status: 'archived', stockOnHand: 5 });
    const error = await failure(
      reserve([
        { productId: draft.id, quantity: 1 },
        { productId: archived.id, quantity: 1 },
      ]),
    );
    expect(error).toMatchObject({ code: 'product_not_sellable', status: 409 });
    expect(error.extensions.products).toEqual([
      { productId: draft.id, sku: draft.sku, status: 'draft' },
      { productId: archived.id, sku: archived.sku, status: 'archived' },
    ]);
    expect((await failure(reserve([{ productId: 999999, quantity: 1 }]))).code).toBe('product_not_found');
  });

  it('refuses to release or ship more than is reserved', async () => {
    const product = await createProduct(testApp.context.database.db, { stockOnHand: 5 });
    await reserve([{ productId: product.id, quantity: 1 }], 900);
    const error = await failure(
      inTransaction((tx) =>
        shipStock(tx, {
          orderId: 900,
          lines: [{ productId: product.id, quantity: 2 }],
          actor: systemActor(),
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'stock_not_reserved', status: 409 });
    expect(await stockOf(product.id)).toMatchObject({ onHand: 5, reserved: 1 });
  });

  it('refuses lines that are not positive whole quantities', async () => {
    const product = await createProduct(testApp.context.database.db, { stockOnHand: 5 });
    expect((await failure(reserve([{ productId: product.id, quantity: 0 }]))).code).toBe(
      'invalid_stock_line',
    );
    expect((await failure(reserve([{ productId: product.id, quantity: 1.5 }]))).code).toBe(
      'invalid_stock_line',
    );
  });
});
