import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryMovements, products } from '../../src/modules/catalog';
import { productStatusChanges } from '../../src/modules/catalog/schema';
import { createPriceRule, send } from '../support/catalog-factories';
import { createCategory, createProduct, loginAs, type Session, users } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// What the admin's product page reads: the lifecycle moves it offers, who did what by name, the rules aimed
// at the product.
let testApp: TestApp;
let manager: Session;
let agent: Session;
let managerName: string;
const db = () => testApp.context.database.db;
const call = (
  session: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) => send(testApp.app, session, method, url, payload);

beforeAll(async () => {
  testApp = await buildTestApp();
  manager = await loginAs(testApp.app, db(), 'manager');
  agent = await loginAs(testApp.app, db(), 'agent');
  const [row] = await db().select({ name: users.name }).from(users).where(eq(users.id, manager.userId));
  managerName = row?.name ?? '';
});
afterAll(() => testApp.close());

describe('allowed lifecycle moves', () => {
  it('tells each product the statuses it can move to now, following it along its lifecycle', async () => {
    const created = await call(manager, 'POST', '/api/products', {
      sku: 'LIFE-1',
      name: 'Lifecycle',
      price: '5',
    });
    expect(created.json()).toMatchObject({ status: 'draft', allowedTransitions: ['active', 'archived'] });
    const id = created.json().id;
    const steps: [string, string[]][] = [
      ['active', ['discontinued']],
      ['discontinued', ['active', 'archived']],
      ['archived', []],
    ];
    for (const [status, allowed] of steps) {
      const moved = await call(manager, 'POST', `/api/products/${id}/status`, { status });
      expect(moved.json()).toMatchObject({ status, allowedTransitions: allowed });
      expect((await call(agent, 'GET', `/api/products/${id}`)).json().allowedTransitions).toEqual(allowed);
    }
    const listed = await call(agent, 'GET', '/api/products?q=LIFE-1');
    expect(listed.json().items).toEqual([expect.objectContaining({ id, allowedTransitions: [] })]);
  });
});

describe('who, by name', () => {
  it('names who changed a product’s status, and the system as nobody', async () => {
    const product = await createProduct(db(), { status: 'draft' });
    // Seeding launched it: no one in particular.
    await db()
      .insert(productStatusChanges)
      .values({ productId: product.id, fromStatus: 'draft', toStatus: 'active' });
    await db().update(products).set({ status: 'active' }).where(eq(products.id, product.id));
    await call(manager, 'POST', `/api/products/${product.id}/status`, {
      status: 'discontinued',
      reason: 'Old',
    });
    const history = (await call(agent, 'GET', `/api/products/${product.id}/history`)).json().items;
    expect(history).toEqual([
      expect.objectContaining({
        toStatus: 'discontinued',
        changedBy: manager.userId,
        changedByName: managerName,
      }),
      expect.objectContaining({ toStatus: 'active', changedBy: null, changedByName: null }),
    ]);
  });

  it('names who made each movement of the stock ledger; a system movement has no one', async () => {
    const product = await createProduct(db(), { status: 'active' });
    const received = await call(manager, 'POST', `/api/products/${product.id}/movements`, {
      kind: 'receipt',
      quantity: 12,
    });
    expect(received.statusCode).toBe(201);
    await db().insert(inventoryMovements).values({
      productId: product.id,
      kind: 'adjustment',
      onHandChange: -2,
      onHandAfter: 10,
      reservedAfter: 0,
      reason: 'Stock count by the nightly job',
    });
    const ledger = (await call(agent, 'GET', `/api/products/${product.id}/movements`)).json().items;
    expect(
      ledger.map((row: { kind: string; createdBy: number | null; createdByName: string | null }) => row),
    ).toEqual([
      expect.objectContaining({ kind: 'adjustment', createdBy: null, createdByName: null }),
      expect.objectContaining({ kind: 'receipt', createdBy: manager.userId, createdByName: managerName }),
    ]);
    expect((await call(agent, 'GET', '/api/products/999999/movements')).statusCode).toBe(404);
  });
});

describe('GET /api/price-rules?productId=', () => {
  it('returns the rules aimed at the product, its category and the categories above it, and at every product', async () => {
    const root = await createCategory(db(), { name: 'Rules Root' });
    const parent = await createCategory(db(), { name: 'Rules Parent', parentId: root.id });
    const leaf = await createCategory(db(), { name: 'Rules Leaf', parentId: parent.id });
    const sibling = await createCategory(db(), { name: 'Rules Sibling', parentId: parent.id });
    const product = await createProduct(db(), { categoryId: leaf.id });
    const other = await createProduct(db(), { categoryId: sibling.id });
    const rule = (name: string, target: { productId?: number; categoryId?: number }) =>
      createPriceRule(db(), { name, kind: 'volume_tier', minQuantity: 5, percentOff: '5', ...target });
    const forProduct = await rule('For the product', { productId: product.id });
    const forLeaf = await rule('For its category', { categoryId: leaf.id });
    const forRoot = await rule('For the root category', { categoryId: root.id });
    const forAll = await rule('For every product', {});
    await rule('For another product', { productId: other.id });
    await rule('For a sibling category', { categoryId: sibling.id });

    const aimed = await call(agent, 'GET', `/api/price-rules?productId=${product.id}&sort=id&limit=100`);
    expect(aimed.statusCode).toBe(200);
    expect(aimed.json().items.map((item: { id: number }) => item.id)).toEqual([
      forProduct.id,
      forLeaf.id,
      forRoot.id,
      forAll.id,
    ]);

    // Other filters narrow it further, and a product without a category gets its own and the general rules.
    const paused = await createPriceRule(db(), {
      name: 'Paused promotion for every product',
      kind: 'promotion',
      percentOff: '10',
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: new Date('2026-02-01T00:00:00Z'),
      isActive: false,
    });
    const inactive = await call(agent, 'GET', `/api/price-rules?productId=${product.id}&active=false`);
    expect(inactive.json().items.map((item: { id: number }) => item.id)).toEqual([paused.id]);
    const uncategorised = await createProduct(db());
    const general = await call(agent, 'GET', `/api/price-rules?productId=${uncategorised.id}&sort=id`);
    expect(general.json().items.map((item: { id: number }) => item.id)).toEqual([forAll.id, paused.id]);
  });

  it('returns nothing for a product that does not exist', async () => {
    await createPriceRule(db(), { kind: 'volume_tier', minQuantity: 2, percentOff: '1' });
    const response = await call(agent, 'GET', '/api/price-rules?productId=999999');
    expect(response.json()).toEqual({ items: [], nextCursor: null });
  });
});
