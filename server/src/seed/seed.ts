import { en, Faker } from '@faker-js/faker';
import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { productCategories, products } from '../modules/catalog';
import { clients } from '../modules/clients';
import { orders } from '../modules/orders';
import { tickets } from '../modules/tickets';
import { employees } from '../modules/workforce';
import { bulkInsert } from '../platform/db/bulk-insert';
import { type Database, type Executor, queryRows } from '../platform/db/database';
import { catalogCategories, departments, industries, ticketSubjects } from './demo-catalog';

export type SeedScale = {
  products: number;
  clients: number;
  employees: number;
  orders: number;
  tickets: number;
};

/** What `npm start` loads into an empty embedded database. */
export const demoScale: SeedScale = {
  products: 60,
  clients: 250,
  employees: 40,
  orders: 3_000,
  tickets: 800,
};

export type SeedOptions = {
  scale: SeedScale;
  /** Same seed and same as-of date, same data. */
  seed?: number;
  asOf?: Date;
  batchSize?: number;
  onProgress?: (table: string, done: number, total: number) => void;
};

export class SeedError extends Error {}

/** From this many rows a table's plain indexes are rebuilt after the load instead of updated during it. */
const REBUILD_INDEXES_FROM_ROWS = 100_000;

type IdRange = { first: number; last: number };

const DAY = 86_400_000;

/** Fills the business tables with realistic, deterministic data: a catalogue, clients, staff, orders and tickets. */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<Record<string, number>> {
  const faker = new Faker({ locale: [en] });
  faker.seed(options.seed ?? 20_261_124);
  const asOf = options.asOf ?? startOfTodayUtc();
  const batchSize = options.batchSize ?? 10_000;
  const { scale } = options;
  if ((await maxId(db, clients)) > 0 || (await maxId(db, products)) > 0) {
    throw new SeedError('The database already has business data; seed a fresh database');
  }
  const progress = options.onProgress ?? (() => undefined);
  const pastDate = (maxDaysAgo: number) =>
    new Date(asOf.getTime() - faker.number.int({ min: 0, max: maxDaysAgo * DAY }));
  const pick = (range: IdRange) => faker.number.int({ min: range.first, max: range.last });

  async function insertInBatches<T extends PgTable>(
    table: T,
    label: string,
    total: number,
    makeRow: (index: number) => T['$inferInsert'],
  ): Promise<IdRange> {
    const load = async (executor: Executor): Promise<IdRange> => {
      const before = await maxId(executor, table);
      for (let start = 0; start < total; start += batchSize) {
        const size = Math.min(batchSize, total - start);
        await bulkInsert(
          executor,
          table,
          Array.from({ length: size }, (_, offset) => makeRow(start + offset)),
        );
        progress(label, start + size, total);
      }
      // A single writer gets consecutive identity values, so the new rows' ids are exactly this range.
      return { first: before + 1, last: await maxId(executor, table) };
    };
    if (total < REBUILD_INDEXES_FROM_ROWS) return load(db);
    // Building an index once is several times cheaper than updating it row by row (the trigram GIN
    // indexes most of all), so a large load drops the plain indexes and rebuilds them afterwards. One
    // transaction: a failure leaves the table as it was, indexes included.
    return db.transaction(async (transaction) => {
      const indexes = await dropPlainIndexes(transaction, table);
      const range = await load(transaction);
      for (const [built, index] of indexes.entries()) {
        progress(`${label} indexes`, built, indexes.length);
        await transaction.execute(sql.raw(index.definition));
      }
      progress(`${label} indexes`, indexes.length, indexes.length);
      return range;
    });
  }

  const categoryIds = await insertInBatches(
    productCategories,
    'categories',
    catalogCategories.length,
    (index) => {
      const category = catalogCategories[index] as (typeof catalogCategories)[number];
      return { name: category.name, slug: category.slug };
    },
  );

  await insertInBatches(products, 'products', scale.products, (index) => {
    const categoryOffset = faker.number.int({ min: 0, max: catalogCategories.length - 1 });
    const category = catalogCategories[categoryOffset] as (typeof catalogCategories)[number];
    const created = pastDate(900);
    return {
      sku: `SKU-${String(index + 1).padStart(6, '0')}`,
      name: `${faker.commerce.productAdjective()} ${faker.helpers.arrayElement(category.nouns)}`,
      description: faker.commerce.productDescription(),
      price: faker.commerce.price({ min: 9, max: 4_999, dec: 2 }),
      categoryId: categoryIds.first + categoryOffset,
      status: faker.helpers.weightedArrayElement([
        { weight: 8, value: 'active' as const },
        { weight: 1, value: 'draft' as const },
        { weight: 1, value: 'discontinued' as const },
      ]),
      specifications: {
        'Licence term': faker.helpers.arrayElement(['Monthly', 'Annual', 'Perpetual', 'One-off']),
        Delivery: faker.helpers.arrayElement([
          'Instant download',
          'Ships in 2 days',
          'Scheduled on-site',
          'Online',
        ]),
        Warranty: faker.helpers.arrayElement(['None', '1 year', '2 years', '3 years']),
        Support: faker.helpers.arrayElement(['Email', 'Email and chat', '24/7 phone']),
      },
      createdAt: created,
      updatedAt: created,
    };
  });

  const clientIds = await insertInBatches(clients, 'clients', scale.clients, () => {
    const company = faker.company.name();
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const domain = `${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
    const created = pastDate(1_000);
    return {
      companyName: company,
      contactPerson: `${firstName} ${lastName}`,
      email: `${firstName}.${lastName}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
      phone: faker.phone.number({ style: 'international' }),
      industry: faker.helpers.arrayElement(industries),
      status: faker.helpers.weightedArrayElement([
        { weight: 6, value: 'active' as const },
        { weight: 2, value: 'lead' as const },
        { weight: 1, value: 'inactive' as const },
        { weight: 1, value: 'churned' as const },
      ]),
      createdAt: created,
      updatedAt: created,
    };
  });

  const departmentNames = Object.keys(departments) as (keyof typeof departments)[];
  const employeeIds = await insertInBatches(employees, 'employees', scale.employees, (index) => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const department = faker.helpers.arrayElement(departmentNames);
    const hired = pastDate(3_000);
    return {
      name: `${firstName} ${lastName}`,
      email: `${firstName}.${lastName}.${index + 1}@smartcrm.example`
        .toLowerCase()
        .replace(/[^a-z0-9.@-]/g, ''),
      role: faker.helpers.arrayElement(departments[department]),
      department,
      hireDate: hired.toISOString().slice(0, 10),
      status: faker.helpers.weightedArrayElement([
        { weight: 9, value: 'active' as const },
        { weight: 1, value: 'on_leave' as const },
      ]),
      createdAt: hired,
      updatedAt: hired,
    };
  });

  await insertInBatches(orders, 'orders', scale.orders, () => {
    const ordered = pastDate(730);
    const ageDays = (asOf.getTime() - ordered.getTime()) / DAY;
    const status =
      ageDays > 30
        ? faker.helpers.weightedArrayElement([
            { weight: 9, value: 'delivered' as const },
            { weight: 1, value: 'cancelled' as const },
          ])
        : faker.helpers.arrayElement(['pending', 'confirmed', 'shipped', 'delivered'] as const);
    return {
      clientId: pick(clientIds),
      totalAmount: faker.commerce.price({ min: 50, max: 50_000, dec: 2 }),
      status,
      orderDate: ordered,
      deliveryDate:
        status === 'delivered'
          ? new Date(ordered.getTime() + faker.number.int({ min: 1, max: 14 }) * DAY)
          : null,
      createdAt: ordered,
      updatedAt: ordered,
    };
  });

  await insertInBatches(tickets, 'tickets', scale.tickets, () => {
    const opened = pastDate(730);
    const ageDays = (asOf.getTime() - opened.getTime()) / DAY;
    const status =
      ageDays > 14
        ? faker.helpers.weightedArrayElement([
            { weight: 6, value: 'closed' as const },
            { weight: 3, value: 'resolved' as const },
            { weight: 1, value: 'waiting' as const },
          ])
        : faker.helpers.arrayElement(['open', 'in_progress', 'waiting', 'resolved'] as const);
    const resolved = status === 'resolved' || status === 'closed';
    const resolvedAt = resolved
      ? new Date(opened.getTime() + faker.number.int({ min: 1, max: 96 }) * 3_600_000)
      : null;
    return {
      clientId: pick(clientIds),
      assignedTo: status === 'open' && faker.datatype.boolean() ? null : pick(employeeIds),
      title: faker.helpers.arrayElement(ticketSubjects),
      description: faker.lorem.paragraph(),
      priority: faker.helpers.weightedArrayElement([
        { weight: 3, value: 'low' as const },
        { weight: 4, value: 'medium' as const },
        { weight: 2, value: 'high' as const },
        { weight: 1, value: 'urgent' as const },
      ]),
      status,
      createdAt: opened,
      updatedAt: resolvedAt ?? opened,
      resolvedAt,
    };
  });

  return { categories: catalogCategories.length, ...scale };
}

async function maxId(executor: Executor, table: PgTable): Promise<number> {
  const [row] = await queryRows<{ max: number | null }>(
    executor,
    sql`select max(id)::int as max from ${table}`,
  );
  return row?.max ?? 0;
}

/**
 * Drops the table's indexes that back no constraint and enforce no uniqueness (so a duplicate still fails
 * the load), returning their definitions for rebuilding.
 */
async function dropPlainIndexes(
  executor: Executor,
  table: PgTable,
): Promise<{ name: string; definition: string }[]> {
  const indexes = await queryRows<{ name: string; definition: string }>(
    executor,
    sql`select index_class.relname as name, pg_get_indexdef(index_class.oid) as definition
        from pg_index
        join pg_class index_class on index_class.oid = pg_index.indexrelid
        where pg_index.indrelid = ${getTableName(table)}::regclass
          and not pg_index.indisunique
          and not exists (select 1 from pg_constraint where pg_constraint.conindid = pg_index.indexrelid)
        order by index_class.relname`,
  );
  for (const index of indexes) await executor.execute(sql`drop index ${sql.identifier(index.name)}`);
  return indexes;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
