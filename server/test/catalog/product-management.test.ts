import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reserveStock } from '../../src/modules/catalog';
import { eventsOfType, send, systemActor } from '../support/catalog-factories';
import { createCategory, createClient, createProduct, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let manager: Session;
let admin: Session;
let sales: Session;
let agent: Session;

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  manager = await loginAs(testApp.app, db, 'manager');
  admin = await loginAs(testApp.app, db, 'admin');
  sales = await loginAs(testApp.app, db, 'sales');
  agent = await loginAs(testApp.app, db, 'agent');
});
afterAll(() => testApp.close());

const call = (
  session: Session | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => send(testApp.app, session, method, url, payload, headers);

let skuCounter = 0;
async function createViaApi(overrides: Record<string, unknown> = {}) {
  const response = await call(manager, 'POST', '/api/products', {
    sku: `MGT-${++skuCounter}`,
    name: `Managed ${skuCounter}`,
    price: '10',
    ...overrides,
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

const changeStatus = (id: number, status: string, reason?: string, headers?: Record<string, string>) =>
  call(manager, 'POST', `/api/products/${id}/status`, { status, reason }, headers);

describe('POST /api/products', () => {
  it('creates a draft with normalised fields, an ETag, history, an event and an audit entry', async () => {
    const category = await createCategory(testApp.context.database.db);
    const response = await call(manager, 'POST', '/api/products', {
      sku: 'NEW-1',
      name: '  Desk Phone X2 ',
      price: '149.5',
      cost: '80',
      currency: 'eur',
      unit: 'box',
      categoryId: category.id,
      specifications: { Weight: '1.2 kg' },
      images: ['https://cdn.example/x2.png'],
      tags: ['Hardware', 'hardware', ' VoIP '],
      reorderLevel: 5,
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const product = response.json();
    expect(product).toMatchObject({
      sku: 'NEW-1',
      name: 'Desk Phone X2',
      price: '149.50',
      cost: '80.00',
      currency: 'EUR',
      unit: 'box',
      status: 'draft',
      categoryId: category.id,
      categoryName: category.name,
      tags: ['hardware', 'voip'],
      stockOnHand: 0,
      stockReserved: 0,
      stockAvailable: 0,
      reorderLevel: 5,
      lowStock: false,
      version: 1,
    });

    const history = (await call(agent, 'GET', `/api/products/${product.id}/history`)).json();
    expect(history.items).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'draft',
        reason: 'created',
        changedBy: manager.userId,
      }),
    ]);
    const [event] = await eventsOfType(testApp.context.database.db, 'product.created', product.id);
    expect(event?.payload).toEqual({
      productId: product.id,
      sku: 'NEW-1',
      name: 'Desk Phone X2',
      status: 'draft',
    });
    expect(event?.actorUserId).toBe(manager.userId);

    const audit = (await call(admin, 'GET', `/api/audit?resource=product&resourceId=${product.id}`)).json();
    expect(audit.items).toEqual([expect.objectContaining({ action: 'create', actorUserId: manager.userId })]);
  });

  it('refuses a taken SKU with 409 sku_taken', async () => {
    await createViaApi({ sku: 'DUP-1' });
    const response = await call(manager, 'POST', '/api/products', {
      sku: 'DUP-1',
      name: 'Again',
      price: '1.00',
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'sku_taken', errors: [{ parameter: 'body.sku' }] });
  });

  it('refuses inexact money, unknown fields and a missing category with 400 naming the field', async () => {
    const inexact = await call(manager, 'POST', '/api/products', {
      sku: 'BAD-1',
      name: 'Bad',
      price: '1.005',
    });
    expect(inexact.statusCode).toBe(400);
    expect(inexact.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ parameter: 'body.price' }],
    });
    const asNumber = await call(manager, 'POST', '/api/products', { sku: 'BAD-2', name: 'Bad', price: 1.5 });
    expect(asNumber.json().errors[0].parameter).toBe('body.price');
    const unknown = await call(manager, 'POST', '/api/products', {
      sku: 'BAD-3',
      name: 'Bad',
      price: '1.00',
      stockOnHand: 100,
    });
    expect(unknown.statusCode).toBe(400);
    const category = await call(manager, 'POST', '/api/products', {
      sku: 'BAD-4',
      name: 'Bad',
      price: '1.00',
      categoryId: 999999,
    });
    expect(category.statusCode).toBe(400);
    expect(category.json()).toMatchObject({
      code: 'category_not_found',
      errors: [{ parameter: 'body.categoryId' }],
    });
  });

  it('is for managers and admins: sales and agents get 403', async () => {
    for (const session of [sales, agent]) {
      const response = await call(session, 'POST', '/api/products', {
        sku: 'NOPE',
        name: 'Nope',
        price: '1.00',
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });
});

describe('PATCH /api/products/:id', () => {
  it('updates with the current If-Match and refuses a stale one with 412, leaving the newer change', async () => {
    const product = await createViaApi();
    const first = await call(
      manager,
      'PATCH',
      `/api/products/${product.id}`,
      { name: 'First' },
      { 'if-match': '"1"' },
    );
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.json()).toMatchObject({ name: 'First', version: 2 });

    const stale = await call(
      manager,
      'PATCH',
      `/api/products/${product.id}`,
      { name: 'Stale' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_conflict');
    expect((await call(sales, 'GET', `/api/products/${product.id}`)).json().name).toBe('First');

    const malformed = await call(
      manager,
      'PATCH',
      `/api/products/${product.id}`,
      { name: 'X' },
      { 'if-match': 'W/"2"' },
    );
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('invalid_if_match');
  });

  it('records which fields changed in the event and the before/after in the audit log', async () => {
    const product = await createViaApi({ price: '20.00' });
    await call(manager, 'PATCH', `/api/products/${product.id}`, { price: '25.00', tags: ['sale'] });
    const [event] = await eventsOfType(testApp.context.database.db, 'product.updated', product.id);
    expect(event?.payload).toMatchObject({ changedFields: ['price', 'tags'] });
    const audit = (
      await call(admin, 'GET', `/api/audit?resource=product&resourceId=${product.id}&action=update`)
    ).json();
    expect(audit.items[0].changes).toMatchObject({ price: { before: '20.00', after: '25.00' } });
  });

  it('refuses to take another product’s SKU', async () => {
    await createViaApi({ sku: 'TAKEN-9' });
    const product = await createViaApi();
    const response = await call(manager, 'PATCH', `/api/products/${product.id}`, { sku: 'TAKEN-9' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('sku_taken');
  });
});

describe('lifecycle', () => {
  it('follows draft → active → discontinued → active → discontinued → archived, with history newest first', async () => {
    const product = await createViaApi();
    for (const [status, reason] of [
      ['active', 'launch'],
      ['discontinued', 'replaced by X3'],
      ['active', 'demand returned'],
      ['discontinued', 'end of life'],
      ['archived', 'sold out'],
    ] as const) {
      const response = await changeStatus(product.id, status, reason);
      expect(response.statusCode).toBe(200);
      expect(response.json().status).toBe(status);
    }
    const history = (await call(sales, 'GET', `/api/products/${product.id}/history?limit=3`)).json();
    expect(
      history.items.map((item: { toStatus: string; reason: string }) => [item.toStatus, item.reason]),
    ).toEqual([
      ['archived', 'sold out'],
      ['discontinued', 'end of life'],
      ['active', 'demand returned'],
    ]);
    const rest = (
      await call(sales, 'GET', `/api/products/${product.id}/history?cursor=${history.nextCursor}`)
    ).json();
    expect(rest.items.map((item: { toStatus: string }) => item.toStatus)).toEqual([
      'discontinued',
      'active',
      'draft',
    ]);
    expect(rest.nextCursor).toBeNull();

    const events = await eventsOfType(testApp.context.database.db, 'product.status_changed', product.id);
    expect(events.map((event) => `${event.payload.from}→${event.payload.to}`)).toEqual([
      'draft→active',
      'active→discontinued',
      'discontinued→active',
      'active→discontinued',
      'discontinued→archived',
    ]);
  });

  it('refuses illegal transitions with 409, naming the allowed ones', async () => {
    const product = await createViaApi({ status: 'active' });
    const toArchived = await changeStatus(product.id, 'archived');
    expect(toArchived.statusCode).toBe(409);
    expect(toArchived.json()).toMatchObject({
      code: 'illegal_status_transition',
      from: 'active',
      to: 'archived',
      allowed: ['discontinued'],
    });
    const toDraft = await changeStatus(product.id, 'draft');
    expect(toDraft.statusCode).toBe(409);
    const same = await changeStatus(product.id, 'active');
    expect(same.statusCode).toBe(409);
    expect((await call(sales, 'GET', `/api/products/${product.id}`)).json().status).toBe('active');
  });

  it('keeps archived products read-only: no edits, no status change, no stock movement', async () => {
    const product = await createViaApi();
    expect((await changeStatus(product.id, 'archived', 'never launched')).statusCode).toBe(200);
    const edit = await call(manager, 'PATCH', `/api/products/${product.id}`, { name: 'Revived' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('product_archived');
    const reopen = await changeStatus(product.id, 'active');
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().detail).toContain('archived products are final');
    const receipt = await call(manager, 'POST', `/api/products/${product.id}/movements`, {
      kind: 'receipt',
      quantity: 5,
    });
    expect(receipt.statusCode).toBe(409);
    expect(receipt.json().code).toBe('product_archived');
  });

  it('refuses to archive while orders hold reserved stock', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db, { status: 'discontinued', stockOnHand: 5 });
    await db.transaction((tx) =>
      reserveStock(tx, { orderId: 1, lines: [{ productId: product.id, quantity: 2 }], actor: systemActor() }),
    );
    const response = await changeStatus(product.id, 'archived');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('stock_reserved');
  });

  it('honours If-Match on a status change', async () => {
    const product = await createViaApi();
    const stale = await changeStatus(product.id, 'active', undefined, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(412);
    const current = await changeStatus(product.id, 'active', undefined, { 'if-match': '"1"' });
    expect(current.statusCode).toBe(200);
    expect(current.headers.etag).toBe('"2"');
  });

  it('refuses an unknown status with 400', async () => {
    const product = await createViaApi();
    const response = await changeStatus(product.id, 'retired');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].parameter).toBe('body.status');
  });
});

describe('DELETE /api/products/:id', () => {
  it('deletes a draft that never moved stock, with an audit entry', async () => {
    const product = await createViaApi();
    const response = await call(manager, 'DELETE', `/api/products/${product.id}`);
    expect(response.statusCode).toBe(204);
    expect((await call(manager, 'GET', `/api/products/${product.id}`)).statusCode).toBe(404);
    const audit = (
      await call(admin, 'GET', `/api/audit?resource=product&resourceId=${product.id}&action=delete`)
    ).json();
    expect(audit.items).toHaveLength(1);
    expect((await eventsOfType(testApp.context.database.db, 'product.deleted', product.id)).length).toBe(1);
  });

  it('refuses a product that was launched, or a draft with stock movements, telling to archive it', async () => {
    const active = await createViaApi({ status: 'active' });
    const launched = await call(manager, 'DELETE', `/api/products/${active.id}`);
    expect(launched.statusCode).toBe(409);
    expect(launched.json()).toMatchObject({ code: 'product_not_deletable' });
    expect(launched.json().detail).toContain('archive it instead');

    const draft = await createViaApi();
    await call(manager, 'POST', `/api/products/${draft.id}/movements`, { kind: 'receipt', quantity: 3 });
    const moved = await call(manager, 'DELETE', `/api/products/${draft.id}`);
    expect(moved.statusCode).toBe(409);
    expect(moved.json().detail).toContain('stock movements');
    expect((await changeStatus(draft.id, 'archived', 'not launched')).statusCode).toBe(200);
  });

  it('answers 404 for a missing product', async () => {
    expect((await call(manager, 'DELETE', '/api/products/999999')).statusCode).toBe(404);
  });
});

describe('list filters', () => {
  it('filters by status, category subtree, tags and low stock', async () => {
    const { db } = testApp.context.database;
    const root = await createCategory(db, { name: 'Filter Root', slug: 'filter-root' });
    const child = await createCategory(db, { name: 'Filter Child', slug: 'filter-child', parentId: root.id });
    const grandchild = await createCategory(db, {
      name: 'Filter Leaf',
      slug: 'filter-leaf',
      parentId: child.id,
    });
    const elsewhere = await createCategory(db, { name: 'Filter Other', slug: 'filter-other' });
    await createProduct(db, {
      sku: 'FLT-1',
      name: 'Flt One',
      categoryId: root.id,
      tags: ['red'],
      stockOnHand: 10,
    });
    await createProduct(db, {
      sku: 'FLT-2',
      name: 'Flt Two',
      categoryId: grandchild.id,
      tags: ['red', 'big'],
      stockOnHand: 2,
      reorderLevel: 5,
    });
    await createProduct(db, { sku: 'FLT-3', name: 'Flt Three', categoryId: elsewhere.id, status: 'draft' });
    await createProduct(db, { sku: 'FLT-4', name: 'Flt Four', categoryId: child.id, status: 'discontinued' });

    const skus = async (query: string) =>
      (await call(sales, 'GET', `/api/products?q=FLT-&limit=100&${query}`))
        .json()
        .items.map((item: { sku: string }) => item.sku);
    expect(await skus(`categoryId=${root.id}`)).toEqual(['FLT-4', 'FLT-1', 'FLT-2']);
    expect(await skus(`categoryId=${child.id}`)).toEqual(['FLT-4', 'FLT-2']);
    expect(await skus('status=draft,discontinued')).toEqual(['FLT-4', 'FLT-3']);
    expect(await skus('tags=red')).toEqual(['FLT-1', 'FLT-2']);
    expect(await skus('tags=red,BIG')).toEqual(['FLT-2']);
    expect(await skus('lowStock=true')).toEqual(['FLT-2']);
    const low = (await call(sales, 'GET', '/api/products?q=FLT-2')).json().items[0];
    expect(low).toMatchObject({ stockAvailable: 2, reorderLevel: 5, lowStock: true });
    expect((await call(sales, 'GET', '/api/products?status=lost')).statusCode).toBe(400);
  });
});

describe('public catalogue', () => {
  it('shows active products and discontinued ones only while stock lasts, without cost or stock figures', async () => {
    const { db } = testApp.context.database;
    const withStock = await createProduct(db, {
      sku: 'PUB-1',
      name: 'Pub Last Units',
      status: 'discontinued',
      stockOnHand: 3,
      cost: '1.00',
    });
    const soldOut = await createProduct(db, {
      sku: 'PUB-2',
      name: 'Pub Sold Out',
      status: 'discontinued',
      stockOnHand: 0,
    });
    const archived = await createProduct(db, {
      sku: 'PUB-3',
      name: 'Pub Archived',
      status: 'archived',
      stockOnHand: 9,
    });
    const list = (await call(undefined, 'GET', '/api/catalog/products?q=PUB-&limit=100')).json();
    expect(list.items.map((item: { sku: string }) => item.sku)).toEqual(['PUB-1']);
    expect(list.items[0].inStock).toBe(true);
    expect(list.items[0]).not.toHaveProperty('cost');
    expect(list.items[0]).not.toHaveProperty('stockOnHand');
    expect((await call(undefined, 'GET', `/api/catalog/products/${withStock.id}`)).statusCode).toBe(200);
    expect((await call(undefined, 'GET', `/api/catalog/products/${soldOut.id}`)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', `/api/catalog/products/${archived.id}`)).statusCode).toBe(404);
  });
});

describe('reading', () => {
  it('gives staff the product with an ETag and a customer nothing', async () => {
    const product = await createViaApi();
    const response = await call(agent, 'GET', `/api/products/${product.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    const client = await createClient(testApp.context.database.db);
    const customer = await loginAs(testApp.app, testApp.context.database.db, 'customer', {
      clientId: client.id,
    });
    expect((await call(customer, 'GET', `/api/products/${product.id}/history`)).statusCode).toBe(403);
  });
});
