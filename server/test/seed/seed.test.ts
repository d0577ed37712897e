import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../../src/platform/db/database';
import { applyMigrations } from '../../src/platform/db/migrate';
import { prepareDemo } from '../../src/seed/demo-mode';
import { SeedError, seedDatabase } from '../../src/seed/seed';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const scale = { products: 12, clients: 30, employees: 6, orders: 80, tickets: 40 };
const asOf = new Date('2026-06-30T00:00:00Z');
const opened: { close(): Promise<void> }[] = [];
const md5OfNothing = 'd41d8cd98f00b204e9800998ecf8427e';
afterAll(async () => {
  for (const resource of opened) await resource.close();
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  opened.push({ close: () => database.drop() });
  return database;
}

// Every table the seed writes, whole rows: the same seed and day must give the same bytes.
const seededTables = [
  'product_categories',
  'products',
  'product_status_changes',
  'inventory_movements',
  'departments',
  'skills',
  'employees',
  'employee_skills',
  'clients',
  'client_contacts',
  'client_interactions',
  'client_stage_changes',
  'satisfaction_responses',
  'client_tasks',
  'orders',
  'order_items',
  'order_status_changes',
  'payments',
  'shipments',
  'shipment_items',
  'business_calendars',
  'business_holidays',
  'ticket_queues',
  'ticket_queue_members',
  'ticket_categories',
  'sla_policies',
  'ticket_settings',
  'tickets',
  'ticket_comments',
  'ticket_events',
  'ticket_surveys',
  'agent_states',
];

async function fingerprint(db: Database): Promise<Record<string, string>> {
  return db.transaction(async (transaction) => {
    // Timestamps print in the session's zone; pin it, so databases with other defaults compare alike.
    await transaction.execute(sql`set local timezone = 'UTC'`);
    const digests: Record<string, string> = {};
    for (const table of seededTables) {
      const [row] = await queryRows<{ digest: string }>(
        transaction,
        sql`select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as digest
            from ${sql.identifier(table)} as t`,
      );
      digests[table] = row?.digest ?? '';
    }
    return digests;
  });
}

describe('seedDatabase', () => {
  // Two databases seeded alike, once for the whole file (each seed takes seconds on a busy machine).
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = [await freshDatabase(), await freshDatabase()];
    await seedDatabase(first.handle.db, { scale, seed: 7, asOf });
    await seedDatabase(second.handle.db, { scale, seed: 7, asOf });
  });

  it('loads the requested scale, the same data for the same seed and day', async () => {
    const [counts] = await queryRows<Record<string, number>>(
      first.handle.db,
      sql`select (select count(*)::int from clients) as clients, (select count(*)::int from orders) as orders,
                 (select count(*)::int from tickets) as tickets, (select count(*)::int from products) as products`,
    );
    expect(counts).toEqual({ clients: 30, orders: 80, tickets: 40, products: 12 });
    const [firstPrint, secondPrint] = [
      await fingerprint(first.handle.db),
      await fingerprint(second.handle.db),
    ];
    expect(firstPrint).toEqual(secondPrint);
    // Not trivially equal: every table got rows.
    expect(Object.values(firstPrint)).not.toContain(md5OfNothing);
  });

  it('gives another seed other data', async () => {
    const other = await freshDatabase();
    await seedDatabase(other.handle.db, { scale, seed: 8, asOf });
    expect((await fingerprint(other.handle.db)).clients).not.toBe(
      (await fingerprint(first.handle.db)).clients,
    );
  });

  // PostgreSQL gets the data by binary COPY, the embedded database by insert statements: the same data.
  it.runIf(process.env.DATABASE_URL)(
    'writes the same data on PostgreSQL as on the embedded database',
    async () => {
      const embedded = await openDatabase({});
      opened.push({ close: () => embedded.close() });
      await applyMigrations(embedded);
      await seedDatabase(embedded.db, { scale, seed: 7, asOf });
      expect(await fingerprint(embedded.db)).toEqual(await fingerprint(first.handle.db));
    },
  );

  it('spreads orders over the two years before the as-of day, never after it', async () => {
    const [range] = await queryRows<{ earliest: Date; latest: Date }>(
      first.handle.db,
      sql`select min(order_date) as earliest, max(order_date) as latest from orders`,
    );
    expect(new Date(range?.latest as Date).getTime()).toBeLessThanOrEqual(asOf.getTime());
    expect(new Date(range?.earliest as Date).getTime()).toBeGreaterThanOrEqual(
      asOf.getTime() - 731 * 86_400_000,
    );
  });

  it('refuses a database that already has business data', async () => {
    await expect(seedDatabase(first.handle.db, { scale, seed: 1, asOf })).rejects.toBeInstanceOf(SeedError);
  });
});

describe('demo mode', () => {
  it('loads demo data once and creates the demo accounts, the customer linked to a showcase client', async () => {
    const testApp: TestApp = await buildTestApp({ env: { DEMO_MODE: 'true' } });
    opened.push(testApp);
    await prepareDemo(testApp.context);
    await prepareDemo(testApp.context); // a second start changes nothing
    const { db } = testApp.context.database;

    const [clients] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from clients`);
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
    const items: { clientId: number; status: string }[] = orders.json().items;
    expect([...new Set(items.map((order) => order.clientId))]).toEqual([user.clientId]);
    // The portal has something real to show: orders in many states, with payments and shipments.
    expect(new Set(items.map((order) => order.status)).size).toBeGreaterThanOrEqual(8);
    const [showcase] = await queryRows<{
      payments: number;
      refunds: number;
      shipments: number;
      owner: string;
    }>(
      db,
      sql`select
          (select count(*)::int from payments p join orders o on o.id = p.order_id
            where o.client_id = ${user.clientId} and p.kind = 'payment') as payments,
          (select count(*)::int from payments p join orders o on o.id = p.order_id
            where o.client_id = ${user.clientId} and p.kind = 'refund') as refunds,
          (select count(*)::int from shipments s join orders o on o.id = s.order_id
            where o.client_id = ${user.clientId}) as shipments,
          (select u.email from clients c join users u on u.id = c.owner_user_id where c.id = ${user.clientId}) as owner`,
    );
    expect(showcase).toMatchObject({ owner: 'sales@demo.local' });
    expect(showcase?.payments).toBeGreaterThan(5);
    expect(showcase?.refunds).toBeGreaterThan(0);
    expect(showcase?.shipments).toBeGreaterThan(5);

    // The staff accounts were there before the data: they manage the clients and have employee records.
    const [staff] = await queryRows<{ owners: string[]; linked: number }>(
      db,
      sql`select array_agg(distinct u.email order by u.email) as owners,
            (select count(*)::int from employees where user_id is not null) as linked
          from clients c join users u on u.id = c.owner_user_id`,
    );
    expect(staff?.owners).toEqual(['manager@demo.local', 'sales@demo.local']);
    expect(staff?.linked).toBe(4);

    // Support has work in every state of the workflow, some of it the demo customer's.
    const [support] = await queryRows<{ statuses: string[]; customer: number; agent: number }>(
      db,
      sql`select array_agg(distinct status order by status) as statuses,
            count(*) filter (where client_id = ${user.clientId})::int as customer,
            (select count(*)::int from tickets t join employees e on e.id = t.assigned_to
              join users u on u.id = e.user_id
              where u.email = 'agent@demo.local' and t.status in ('new', 'open', 'pending', 'on_hold')) as agent
          from tickets`,
    );
    expect(support?.statuses).toEqual(['closed', 'new', 'on_hold', 'open', 'pending', 'resolved']);
    expect(support?.customer).toBeGreaterThanOrEqual(3);
    expect(support?.agent).toBeGreaterThan(0);

    const demo = await testApp.app.inject({ method: 'GET', url: '/api/auth/demo' });
    expect(demo.json()).toMatchObject({ enabled: true, password: 'Demo1234!' });
    expect(demo.json().accounts).toHaveLength(5);
  });
});
