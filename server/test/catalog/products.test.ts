import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createClient, createProduct, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let sales: Session;
const get = (url: string, session?: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session ? session.headers : {} });

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  const licences = await createCategory(db, { name: 'Licences', slug: 'licences' });
  const prices = ['19.99', '5.00', '250.00', '99.50', '1200.00', '5.00', '75.25'];
  for (const [index, price] of prices.entries()) {
    await createProduct(db, {
      name: `Widget ${String.fromCharCode(65 + index)}`,
      sku: `WID-${index}`,
      price,
      categoryId: licences.id,
    });
  }
  await createProduct(db, { name: 'Secret Draft', sku: 'DRAFT-1', status: 'draft' });
  await createProduct(db, { name: 'Old Gadget', sku: 'OLD-1', status: 'discontinued' });
  sales = await loginAs(testApp.app, db, 'sales');
});
afterAll(() => testApp.close());

async function collectAllPages(url: string, session?: Session) {
  const names: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await get(
      `${url}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`,
      session,
    );
    expect(response.statusCode).toBe(200);
    const page = response.json();
    names.push(...page.items.map((item: { name: string }) => item.name));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { names, pages };
}

describe('GET /api/products', () => {
  it('pages through every product exactly once with the cursor', async () => {
    const { names, pages } = await collectAllPages('/api/products?limit=2&sort=name', sales);
    expect(pages).toBe(5);
    expect(names).toHaveLength(9);
    expect(new Set(names).size).toBe(9);
    expect(names).toEqual([...names].sort());
  });

  it('sorts by price descending with ties broken by id, across pages', async () => {
    const { names } = await collectAllPages('/api/products?limit=3&sort=-price&q=widget', sales);
    expect(names).toEqual([
      'Widget E',
      'Widget C',
      'Widget D',
      'Widget G',
      'Widget A',
      'Widget F',
      'Widget B',
    ]);
  });

  it('keeps money exact as a decimal string and includes the category', async () => {
    const response = await get('/api/products?q=WID-3', sales);
    const [product] = response.json().items;
    expect(product).toMatchObject({
      name: 'Widget D',
      price: '99.50',
      categoryName: 'Licences',
      status: 'active',
    });
    expect(product.specifications).toEqual({ Colour: 'Blue' });
  });

  it('searches names and SKUs, taking wildcards literally', async () => {
    expect(
      (await get('/api/products?q=gadget', sales)).json().items.map((p: { name: string }) => p.name),
    ).toEqual(['Old Gadget']);
    expect((await get('/api/products?q=%25', sales)).json().items).toEqual([]);
  });

  it('rejects an unknown sort field, a foreign cursor and a tampered cursor with 400', async () => {
    const badSort = await get('/api/products?sort=password', sales);
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json().errors[0].parameter).toBe('querystring.sort');

    const page = (await get('/api/products?limit=1&sort=name', sales)).json();
    const otherSort = await get(`/api/products?limit=1&sort=price&cursor=${page.nextCursor}`, sales);
    expect(otherSort.statusCode).toBe(400);
    expect(otherSort.json().code).toBe('invalid_cursor');

    const tampered = Buffer.from(JSON.stringify(['price', '1; drop table products', 1])).toString(
      'base64url',
    );
    const injected = await get(`/api/products?sort=price&cursor=${tampered}`, sales);
    expect(injected.statusCode).toBe(400);
    expect((await get('/api/products?cursor=%%%', sales)).statusCode).toBe(400);
  });

  it('returns one product, 404 for a missing id and 400 for a malformed one', async () => {
    const list = (await get('/api/products?q=Widget%20A', sales)).json();
    const one = await get(`/api/products/${list.items[0].id}`, sales);
    expect(one.json().name).toBe('Widget A');
    const missing = await get('/api/products/999999', sales);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'product_not_found', status: 404 });
    const malformed = await get('/api/products/abc', sales);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].parameter).toBe('params.id');
  });

  it('is for staff: a customer is forbidden', async () => {
    const client = await createClient(testApp.context.database.db);
    const customer = await loginAs(testApp.app, testApp.context.database.db, 'customer', {
      clientId: client.id,
    });
    const response = await get('/api/products', customer);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
  });
});

describe('public catalogue', () => {
  it('lists only active products, without a token', async () => {
    const { names } = await collectAllPages('/api/catalog/products?limit=4');
    expect(names).toHaveLength(7);
    expect(names).not.toContain('Secret Draft');
    expect(names).not.toContain('Old Gadget');
  });

  it('hides draft products by id', async () => {
    const staffView = (await get('/api/products?q=DRAFT-1', sales)).json().items[0];
    const response = await get(`/api/catalog/products/${staffView.id}`);
    expect(response.statusCode).toBe(404);
  });

  it('filters by category and lists categories', async () => {
    const categories = (await get('/api/catalog/categories')).json().items;
    expect(categories).toEqual([expect.objectContaining({ name: 'Licences', slug: 'licences' })]);
    const inCategory = (await get(`/api/catalog/products?categoryId=${categories[0].id}&limit=100`)).json();
    expect(inCategory.items).toHaveLength(7);
  });
});
