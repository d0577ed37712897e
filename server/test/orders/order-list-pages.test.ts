import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createOrder, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The list statements are prepared once per shape with the cursor's values as placeholders; paging through
// with every sort must give exactly the rows of one big page, in the same order.

let testApp: TestApp;
let manager: Session;

type ListedOrder = { id: number; orderDate: string; totalAmount: string; createdAt: string; status: string };

const list = async (query: string) => {
  const response = await testApp.app.inject({
    method: 'GET',
    url: `/api/orders?${query}`,
    headers: manager.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: ListedOrder[]; nextCursor: string | null };
};

async function pageThrough(query: string, limit: number) {
  const ids: number[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await list(`${query}&limit=${limit}${suffix}`);
    ids.push(...page.items.map((order) => order.id));
    cursor = page.nextCursor;
    // A cursor that does not move on would page forever.
    if (ids.length > 50) throw new Error(`paging ${query} does not end`);
  } while (cursor);
  return ids;
}

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  const acme = await createClient(db, { companyName: 'Acme Rockets' });
  const globex = await createClient(db, { companyName: 'Globex' });
  // Ties on order date and on amount, so the id must break them on every page boundary.
  const dates = [
    '2025-01-10',
    '2025-02-10',
    '2025-02-10',
    '2025-03-10',
    '2025-04-10',
    '2025-04-10',
    '2025-05-10',
  ];
  const amounts = ['10.00', '250.50', '10.00', '99.99', '1000.00', '250.50', '5.25'];
  for (const [index, day] of dates.entries()) {
    await createOrder(db, {
      clientId: index % 2 === 0 ? acme.id : globex.id,
      status: index % 3 === 0 ? 'delivered' : 'draft',
      totalAmount: amounts[index],
      orderDate: new Date(`${day}T09:00:00Z`),
    });
  }
  manager = await loginAs(testApp.app, db, 'manager');
});
afterAll(() => testApp.close());

describe('GET /api/orders pages', () => {
  it.each([
    'sort=-orderDate',
    'sort=orderDate',
    'sort=totalAmount',
    'sort=-totalAmount',
    'sort=createdAt',
    'sort=-id',
    'sort=id',
  ])('continues after each cursor with %s, without repeating or skipping an order', async (sort) => {
    const all = (await list(`${sort}&limit=100`)).items.map((order) => order.id);
    expect(all).toHaveLength(7);
    expect(await pageThrough(sort, 2)).toEqual(all);
    expect(await pageThrough(sort, 3)).toEqual(all);
  });

  it('keeps the filters on every page', async () => {
    const query = 'sort=-totalAmount&q=acme&from=2025-01-01&to=2025-05-01';
    const all = (await list(`${query}&limit=100`)).items;
    expect(all.map((order) => order.totalAmount)).toEqual(['1000.00', '10.00', '10.00']);
    expect(await pageThrough(query, 1)).toEqual(all.map((order) => order.id));

    const delivered = (await list('status=delivered&limit=100')).items;
    expect(delivered.every((order) => order.status === 'delivered')).toBe(true);
    expect(await pageThrough('status=delivered', 1)).toEqual(delivered.map((order) => order.id));
  });

  it('refuses a cursor made for another sort', async () => {
    const { nextCursor } = await list('sort=-orderDate&limit=2');
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/orders?sort=totalAmount&cursor=${encodeURIComponent(nextCursor ?? '')}`,
      headers: manager.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid_cursor');
  });
});
