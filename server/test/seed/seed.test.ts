import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/database';
import { prepareDemo } from '../../src/seed/demo-mode';
import { SeedError, seedDatabase } from '../../src/seed/seed';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const scale = { products: 12, clients: 30, employees: 6, orders: 80, tickets: 40 };
const asOf = new Date('2026-06-30T00:00:00Z');
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const resource of opened) await resource.close();
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  opened.push({ close: () => database.drop() });
  return database;
}

async function fingerprint(database: TestDatabase) {
  const [row] = await queryRows<{ clients: string; orders: string; tickets: string }>(
    database.handle.db,
    sql`select
      (select md5(string_agg(company_name || email || status || created_at::text, ',' order by id)) from clients) as clients,
      (select md5(string_agg(client_id || ':' || total_amount || status || order_date::text, ',' order by id)) from orders) as orders,
      (select md5(string_agg(title || priority || status, ',' order by id)) from tickets) as tickets`,
  );
  return row;
}

describe('seedDatabase', () => {
  it('loads the requested scale, the same data for the same seed and day', async () => {
    const [first, second] = [await freshDatabase(), await freshDatabase()];
    await seedDatabase(first.handle.db, { scale, seed: 7, asOf });
    await seedDatabase(second.handle.db, { scale, seed: 7, asOf });
    const [counts] = await queryRows<Record<string, number>>(
      first.handle.db,
      sql`select (select count(*)::int from clients) as clients, (select count(*)::int from orders) as orders,
                 (select count(*)::int from tickets) as tickets, (select count(*)::int from products) as products`,
    );
    expect(counts).toEqual({ clients: 30, orders: 80, tickets: 40, products: 12 });
    expect(await fingerprint(first)).toEqual(await fingerprint(second));
  });

  it('spreads orders over the two years before the as-of day, never after it', async () => {
    const database = await freshDatabase();
    await seedDatabase(database.handle.db, { scale, seed: 3, asOf });
    const [range] = await queryRows<{ earliest: Date; latest: Date }>(
      database.handle.db,
      sql`select min(order_date) as earliest, max(order_date) as latest from orders`,
    );
    expect(new Date(range?.latest as Date).getTime()).toBeLessThanOrEqual(asOf.getTime());
    expect(new Date(range?.earliest as Date).getTime()).toBeGreaterThanOrEqual(
      asOf.getTime() - 731 * 86_400_000,
    );
  });

  it('refuses a database that already has business data', async () => {
    const database = await freshDatabase();
    await seedDatabase(database.handle.db, { scale, seed: 1, asOf });
    await expect(seedDatabase(database.handle.db, { scale, seed: 1, asOf })).rejects.toBeInstanceOf(
      SeedError,
    );
  });
});

describe('demo mode', () => {
  it('loads demo data once and creates the demo accounts, the customer linked to a client', async () => {
    const testApp: TestApp = await buildTestApp({ env: { DEMO_MODE: 'true' } });
    opened.push(testApp);
    await prepareDemo(testApp.context);
    await prepareDemo(testApp.context); // a second start changes nothing

    const [clients] = await queryRows<{ count: number }>(
      testApp.context.database.db,
      sql`select count(*)::int as count from clients`,
    );
    expect(clients?.count).toBe(250);
    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'customer@demo.local', password: 'Demo1234!' },
    });
    expect(login.statusCode).toBe(200);
    const { accessToken, user } = login.json();
    expect(user.clientId).toEqual(expect.any(Number));
    const orders = await testApp.app.inject({
      method: 'GET',
      url: '/api/orders?limit=100',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const clientIds = new Set(orders.json().items.map((order: { clientId: number }) => order.clientId));
    expect([...clientIds]).toEqual([user.clientId]);

    const demo = await testApp.app.inject({ method: 'GET', url: '/api/auth/demo' });
    expect(demo.json()).toMatchObject({ enabled: true, password: 'Demo1234!' });
    expect(demo.json().accounts).toHaveLength(5);
  });
});
