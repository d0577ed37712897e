import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPriceRule, eventsOfType, send } from '../support/catalog-factories';
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

const call = (
  session: Session | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) => send(testApp.app, session, method, url, payload, headers);

async function createCategory(body: Record<string, unknown>) {
  const response = await call(manager, 'POST', '/api/categories', body);
  expect(response.statusCode).toBe(201);
  return response.json() as { id: number; slug: string; version: number; parentId: number | null };
}

type Node = { name: string; children: Node[] };
const shape = (nodes: Node[]): unknown[] =>
  nodes.map((node) => (node.children.length ? { [node.name]: shape(node.children) } : node.name));

describe('category tree', () => {
  it('creates categories at any depth and lists them as a tree, sorted by name at each level', async () => {
    const hardware = await createCategory({ name: 'Hardware' });
    expect(hardware).toMatchObject({ slug: 'hardware', parentId: null, version: 1 });
    const phones = await createCategory({ name: 'Phones', parentId: hardware.id });
    await createCategory({ name: 'Desk Phones', parentId: phones.id });
    await createCategory({ name: 'Cordless Phones', parentId: phones.id });
    await createCategory({ name: 'Headsets', parentId: hardware.id });
    await createCategory({ name: 'Analytics' });

    const response = await call(sales, 'GET', '/api/categories');
    expect(response.statusCode).toBe(200);
    expect(shape(response.json().items)).toEqual([
      'Analytics',
      { Hardware: ['Headsets', { Phones: ['Cordless Phones', 'Desk Phones'] }] },
    ]);
    const publicList = (await call(undefined, 'GET', '/api/catalog/categories')).json().items;
    expect(publicList).toContainEqual({
      id: phones.id,
      name: 'Phones',
      slug: 'phones',
      parentId: hardware.id,
    });
  });

  it('derives a free slug from the name, and refuses a taken explicit slug with 409', async () => {
    const first = await createCategory({ name: 'Über Cables & Adapters' });
    expect(first.slug).toBe('uber-cables-adapters');
    const second = await createCategory({ name: 'Über Cables & Adapters' });
    expect(second.slug).toBe('uber-cables-adapters-2');
    const taken = await call(manager, 'POST', '/api/categories', { name: 'X', slug: 'uber-cables-adapters' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'slug_taken', errors: [{ parameter: 'body.slug' }] });
    const badSlug = await call(manager, 'POST', '/api/categories', { name: 'X', slug: 'Not A Slug!' });
    expect(badSlug.statusCode).toBe(400);
    expect(badSlug.json().errors[0].parameter).toBe('body.slug');
  });

  it('refuses a parent that does not exist with 400', async () => {
    const response = await call(manager, 'POST', '/api/categories', { name: 'Orphan', parentId: 999999 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'category_not_found',
      errors: [{ parameter: 'body.parentId' }],
    });
  });

  it('moves a category, but never under itself or its own descendant (409 category_cycle)', async () => {
    const a = await createCategory({ name: 'Cycle A' });
    const b = await createCategory({ name: 'Cycle B', parentId: a.id });
    const c = await createCategory({ name: 'Cycle C', parentId: b.id });

    const self = await call(manager, 'PATCH', `/api/categories/${a.id}`, { parentId: a.id });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'category_cycle', errors: [{ parameter: 'body.parentId' }] });
    const underGrandchild = await call(manager, 'PATCH', `/api/categories/${a.id}`, { parentId: c.id });
    expect(underGrandchild.statusCode).toBe(409);
    expect(underGrandchild.json().code).toBe('category_cycle');

    const moved = await call(manager, 'PATCH', `/api/categories/${c.id}`, { parentId: a.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: a.id, version: 2 });
    const toRoot = await call(manager, 'PATCH', `/api/categories/${b.id}`, { parentId: null });
    expect(toRoot.json().parentId).toBeNull();
    // Now B is a root, so A can go under B.
    expect((await call(manager, 'PATCH', `/api/categories/${a.id}`, { parentId: b.id })).statusCode).toBe(
      200,
    );

    const [event] = await eventsOfType(testApp.context.database.db, 'category.updated', c.id);
    expect(event?.payload).toMatchObject({ categoryId: c.id, parentId: a.id, changedFields: ['parentId'] });
  });

  it('refuses a stale If-Match with 412 and keeps the newer name', async () => {
    const category = await createCategory({ name: 'Versioned' });
    const renamed = await call(
      manager,
      'PATCH',
      `/api/categories/${category.id}`,
      { name: 'Renamed' },
      { 'if-match': '"1"' },
    );
    expect(renamed.statusCode).toBe(200);
    expect(renamed.headers.etag).toBe('"2"');
    const stale = await call(
      manager,
      'PATCH',
      `/api/categories/${category.id}`,
      { name: 'Stale' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call(sales, 'GET', `/api/categories/${category.id}`)).json().name).toBe('Renamed');
  });

  it('deletes only an empty category: subcategories, products and price rules keep it (409)', async () => {
    const { db } = testApp.context.database;
    const parent = await createCategory({ name: 'Delete Parent' });
    const child = await createCategory({ name: 'Delete Child', parentId: parent.id });

    const withChild = await call(manager, 'DELETE', `/api/categories/${parent.id}`);
    expect(withChild.statusCode).toBe(409);
    expect(withChild.json()).toMatchObject({ code: 'category_not_empty' });
    expect(withChild.json().detail).toContain('1 subcategories');

    const product = await createProduct(db, { categoryId: child.id });
    const withProduct = await call(manager, 'DELETE', `/api/categories/${child.id}`);
    expect(withProduct.statusCode).toBe(409);
    expect(withProduct.json().detail).toContain('1 products');
    await call(manager, 'PATCH', `/api/products/${product.id}`, { categoryId: null });

    const rule = await createPriceRule(db, {
      kind: 'volume_tier',
      categoryId: child.id,
      minQuantity: 5,
      percentOff: '5',
    });
    const withRule = await call(manager, 'DELETE', `/api/categories/${child.id}`);
    expect(withRule.statusCode).toBe(409);
    expect(withRule.json().detail).toContain('1 price rules');
    await call(manager, 'DELETE', `/api/price-rules/${rule.id}`);

    expect((await call(manager, 'DELETE', `/api/categories/${child.id}`)).statusCode).toBe(204);
    expect((await call(manager, 'DELETE', `/api/categories/${parent.id}`)).statusCode).toBe(204);
    expect((await call(sales, 'GET', `/api/categories/${parent.id}`)).statusCode).toBe(404);

    const audit = (
      await call(admin, 'GET', `/api/audit?resource=product_category&resourceId=${parent.id}`)
    ).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual(['delete', 'create']);
  });

  it('lets sales read the tree but not change it', async () => {
    expect((await call(sales, 'POST', '/api/categories', { name: 'Nope' })).statusCode).toBe(403);
    expect((await call(sales, 'GET', '/api/categories')).statusCode).toBe(200);
  });
});
