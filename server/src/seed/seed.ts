import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { products } from '../modules/catalog/schema';
import { refreshRfmScores } from '../modules/clients';
import { clients } from '../modules/clients/schema';
import { users } from '../modules/identity/schema';
import { rebuildOrderRevenueDays } from '../modules/orders';
import { type Database, queryRows } from '../platform/db/database';
import { seedCatalog, settleStock } from './catalog.seed';
import { planClients, planOrders, seedClients } from './client.seed';
import { catalogCategories } from './demo-catalog';
import { seedOrders } from './order.seed';
import type { SeedContext } from './seed-context';
import { createCopyWriter } from './seed-copy.util';
import { SeedError } from './seed-error';
import { type RowWriter, unnestWriter } from './seed-insert.util';
import { createRandom } from './seed-random.util';
import { seedSupportSetup } from './support.seed';
import { seedTickets } from './ticket.seed';
import { type StaffUser, seedWorkforce } from './workforce.seed';

export { SeedError } from './seed-error';

export type SeedScale = {
  products: number;
  clients: number;
  employees: number;
  orders: number;
  tickets: number;
  /** Each client gets 1 to this many contacts (3 unless told). */
  contactsPerClient?: number;
  /** Each order gets 1 to this many lines, half that plus a half on average (5 unless told: about 3). */
  linesPerOrder?: number;
};

/** What `npm start` loads into an empty embedded database. */
export const demoScale: SeedScale = {
  products: 60,
  clients: 250,
  employees: 40,
  orders: 3_000,
  tickets: 800,
  contactsPerClient: 3,
  linesPerOrder: 5,
};

export type SeedOptions = {
  scale: SeedScale;
  /** Same seed and same as-of date, same data. */
  seed?: number;
  asOf?: Date;
  batchSize?: number;
  onProgress?: (table: string, done: number, total: number) => void;
  /** From this many rows a phase builds its indexes and foreign keys after loading (tests lower it). */
  rebuildIndexesFromRows?: number;
};

/**
 * Fills the business tables with realistic, internally consistent, deterministic data: a catalogue with
 * stock, staff, clients with their contacts and history, orders with lines, payments and shipments, and
 * tickets. Staff accounts that exist already (the demo accounts) become account managers and employees.
 * Returns how many rows each table got.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<Record<string, number>> {
  const { scale } = options;
  if ((scale.contactsPerClient ?? 3) < 1 || (scale.linesPerOrder ?? 5) < 1) {
    throw new SeedError('Clients need at least one contact and orders at least one line');
  }
  if (scale.orders > 0 && scale.products === 0)
    throw new SeedError('Orders need products: seed at least one');
  if ((await hasRows(db, clients)) || (await hasRows(db, products))) {
    throw new SeedError('The database already has business data; seed a fresh database');
  }
  // On PostgreSQL the seed holds one connection, so its transactions and binary COPY share a session.
  // (`$client` is drizzle's handle on the driver it was made with: a pool here, PGlite otherwise.)
  const driver = (db as unknown as { $client?: unknown }).$client;
  if (driver instanceof pg.Pool) {
    const client = await driver.connect();
    try {
      const session = drizzle({ client }) as unknown as Database;
      return await seedWith(session, createCopyWriter(client), options);
    } finally {
      client.release();
    }
  }
  return seedWith(db, unnestWriter, options);
}

async function seedWith(
  db: Database,
  writer: RowWriter,
  options: SeedOptions,
): Promise<Record<string, number>> {
  const { scale } = options;
  const random = createRandom(options.seed ?? 20_261_124);
  const context: SeedContext = {
    db,
    random,
    asOf: (options.asOf ?? startOfTodayUtc()).getTime(),
    batchSize: options.batchSize ?? 10_000,
    rebuildFromRows: options.rebuildIndexesFromRows ?? 100_000,
    progress: options.onProgress ?? (() => undefined),
    writer,
  };
  const staff = await findStaff(db);
  const ownerUserIds = [
    ...staff.filter((user) => user.role === 'sales'),
    ...staff.filter((user) => user.role === 'manager'),
  ].map((user) => user.id);

  const productPool = await seedCatalog(context, scale.products);
  const workforce = await seedWorkforce(context, { count: scale.employees, staff });
  const plan = await planClients(context, { count: scale.clients, orders: scale.orders, ownerUserIds });
  const book = planOrders(context, plan, scale.orders);
  const clientCounts = await seedClients(context, {
    plan,
    contactsPerClient: scale.contactsPerClient ?? 3,
    workforce,
  });
  const orderCounts = await seedOrders(context, {
    plan,
    book,
    products: productPool,
    linesPerOrder: scale.linesPerOrder ?? 5,
  });
  await settleStock(context, { rebuild: scale.products >= context.rebuildFromRows });
  const support = await seedSupportSetup(context, { workforce });
  const ticketCounts = await seedTickets(context, { count: scale.tickets, plan, book, setup: support });
  // The orders went in around the workflow, so what it keeps up to date is computed here once.
  context.progress('order_revenue_days', 0, 1);
  await rebuildOrderRevenueDays(db);
  context.progress('order_revenue_days', 1, 1);
  context.progress('client_rfm_scores', 0, 1);
  await refreshRfmScores(db);
  context.progress('client_rfm_scores', 1, 1);
  if (scale.orders * 3 >= context.rebuildFromRows) {
    // Fresh statistics, so the first queries after a large load are planned for its real size.
    context.progress('statistics', 0, 1);
    await db.execute(sql`analyze`);
    context.progress('statistics', 1, 1);
  }
  return {
    categories:
      catalogCategories.length + catalogCategories.reduce((sum, root) => sum + root.children.length, 0),
    products: scale.products,
    employees: scale.employees,
    clients: scale.clients,
    ...clientCounts,
    ...orderCounts,
    ...ticketCounts,
  };
}

/** Active staff accounts, sales first: the account managers and employee records the data can refer to. */
async function findStaff(db: Database): Promise<StaffUser[]> {
  return queryRows<StaffUser>(
    db,
    sql`select ${users.id} as id, ${users.role} as role, ${users.name} as name, ${users.email} as email
        from ${users}
        where ${users.isActive} and ${users.role} in ('admin', 'manager', 'agent', 'sales')
        order by ${users.id}
        limit 100`,
  );
}

async function hasRows(db: Database, table: PgTable) {
  const [row] = await queryRows<{ found: boolean }>(db, sql`select exists (select 1 from ${table}) as found`);
  return row?.found === true;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
