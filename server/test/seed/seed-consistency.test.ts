import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/database';
import { seedDatabase } from '../../src/seed/seed';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const asOf = new Date('2026-06-30T00:00:00Z');
const scale = { products: 40, clients: 80, employees: 14, orders: 600, tickets: 30 };
const reserving = sql.raw(`('confirmed', 'partially_paid', 'paid', 'partially_fulfilled')`);

// The order workflow's edges (issue 4): anything else in a status history is a seed bug.
const legalTransitions: Record<string, string[]> = {
  draft: ['confirmed', 'paid', 'cancelled'],
  confirmed: ['partially_paid', 'paid', 'partially_fulfilled', 'fulfilled', 'cancelled'],
  partially_paid: ['paid', 'partially_fulfilled', 'fulfilled', 'cancelled'],
  paid: ['partially_fulfilled', 'fulfilled', 'cancelled'],
  partially_fulfilled: ['fulfilled'],
  fulfilled: ['delivered', 'refunded'],
  delivered: ['closed', 'refunded'],
  cancelled: ['refunded'],
  refunded: ['closed'],
  closed: [],
};

let database: TestDatabase;
let pristine: TestDatabase;

beforeAll(async () => {
  [database, pristine] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  // Every phase takes the large-load path (indexes and foreign keys dropped, then rebuilt), so it is tested too.
  await seedDatabase(database.handle.db, { scale, seed: 11, asOf, rebuildIndexesFromRows: 0, batchSize: 97 });
});

afterAll(async () => {
  await database?.drop();
  await pristine?.drop();
});

/** How many rows break a rule: the query selects the offending rows. */
async function violations(query: SQL): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    database.handle.db,
    sql`select count(*)::int as count from (${query}) as offending`,
  );
  return row?.count ?? -1;
}

async function value<T>(query: SQL): Promise<T> {
  const [row] = await queryRows<{ value: T }>(database.handle.db, query);
  return row?.value as T;
}

describe('seeded orders', () => {
  it('computes every line exactly: subtotal, rounded discount and tax, total', async () => {
    expect(await value<number>(sql`select count(*)::int as value from order_items`)).toBeGreaterThan(1_200);
    expect(
      await violations(sql`select id from order_items where
        line_subtotal <> unit_price * quantity
        or line_discount <> round(line_subtotal * discount_percent / 100, 2)
        or line_tax <> round((line_subtotal - line_discount) * tax_rate, 2)
        or line_total <> line_subtotal - line_discount + line_tax`),
    ).toBe(0);
    expect(
      await value<number>(sql`select count(*)::int as value from order_items where discount_percent > 0`),
    ).toBeGreaterThan(0);
  });

  it('makes every order total the exact sum of its lines, with one to five lines each', async () => {
    expect(
      await violations(sql`select o.id from orders o
        join lateral (select count(*) as lines, sum(line_subtotal) as subtotal, sum(line_discount) as discount,
            sum(line_tax) as tax, sum(line_total) as total
          from order_items i where i.order_id = o.id) as l on true
        where l.lines not between 1 and 5 or o.subtotal <> l.subtotal or o.discount_total <> l.discount
          or o.tax_total <> l.tax or o.total_amount <> l.total
          or o.total_amount <> o.subtotal - o.discount_total + o.tax_total`),
    ).toBe(0);
    const average = await value<string>(
      sql`select round(count(*)::numeric / (select count(*) from orders), 1)::text as value from order_items`,
    );
    expect(Number(average)).toBeGreaterThan(2.5);
    expect(Number(average)).toBeLessThan(3.5);
  });

  it('records amount paid and refunded as the sums of payments and refunds, and the payment status from them', async () => {
    expect(
      await violations(sql`select o.id from orders o
        join lateral (select coalesce(sum(amount) filter (where kind = 'payment'), 0) as paid,
            coalesce(sum(amount) filter (where kind = 'refund'), 0) as refunded
          from payments p where p.order_id = o.id) as p on true
        where o.amount_paid <> p.paid or o.amount_refunded <> p.refunded
          or o.payment_status <> case
            when p.paid > 0 and p.refunded = p.paid then 'refunded'
            when p.paid >= o.total_amount then case when p.refunded > 0 then 'partially_refunded' else 'paid' end
            when p.paid > 0 then 'partially_paid' else 'unpaid' end`),
    ).toBe(0);
    // The status agrees with the payment side.
    expect(
      await violations(sql`select id from orders where
        (status in ('draft', 'confirmed', 'cancelled') and payment_status <> 'unpaid')
        or (status = 'partially_paid' and payment_status <> 'partially_paid')
        or (status in ('paid', 'closed') and payment_status not in ('paid', 'partially_refunded'))
        or (status = 'refunded' and payment_status <> 'refunded')`),
    ).toBe(0);
    const statuses = await queryRows<{ status: string }>(
      database.handle.db,
      sql`select distinct status from orders`,
    );
    expect(statuses.map((row) => row.status).sort()).toEqual(Object.keys(legalTransitions).sort());
  });

  it('ships exactly what the shipments hold, and derives the fulfilment status from it', async () => {
    expect(
      await violations(sql`select i.id from order_items i
        join lateral (select coalesce(sum(quantity), 0) as shipped from shipment_items s where s.order_item_id = i.id) as s on true
        where i.quantity_shipped <> s.shipped`),
    ).toBe(0);
    expect(
      await violations(sql`select si.id from shipment_items si
        join shipments s on s.id = si.shipment_id join order_items i on i.id = si.order_item_id
        where i.order_id <> s.order_id`),
    ).toBe(0);
    expect(
      await violations(sql`select o.id from orders o
        join lateral (select bool_or(quantity_shipped > 0) as any_shipped, bool_and(quantity_shipped = quantity) as all_shipped
          from order_items i where i.order_id = o.id) as i on true
        join lateral (select coalesce(bool_and(delivered_at is not null), false) as all_delivered
          from shipments s where s.order_id = o.id) as s on true
        where o.fulfilment_status <> case when not i.any_shipped then 'unfulfilled'
            when not i.all_shipped then 'partially_fulfilled' when s.all_delivered then 'delivered' else 'fulfilled' end
          or (o.status in ('partially_fulfilled', 'fulfilled', 'delivered') and o.fulfilment_status <> o.status)
          or (o.status = 'closed' and o.fulfilment_status <> 'delivered')
          or (o.status in ('draft', 'confirmed', 'partially_paid', 'paid', 'cancelled', 'refunded')
            and o.fulfilment_status <> 'unfulfilled')
          or ((o.fulfilment_status = 'delivered') <> (o.delivery_date is not null))`),
    ).toBe(0);
  });

  it('keeps every date in order and before the as-of day, with some invoices overdue', async () => {
    const day = asOf.toISOString();
    expect(
      await violations(sql`select o.id from orders o join clients c on c.id = o.client_id
        where o.order_date > ${day}::timestamptz or o.order_date < ${day}::timestamptz - interval '731 days'
          or o.order_date < c.created_at
          or o.confirmed_at < o.order_date or o.updated_at > ${day}::timestamptz
          or (o.status = 'draft') <> (o.confirmed_at is null and o.cancelled_at is null)
          or (o.status = 'closed') <> (o.closed_at is not null)
          or (o.cancelled_at is not null) <> (o.status = 'cancelled' or (o.status = 'refunded'))
          or (o.confirmed_at is null) <> (o.due_date is null)`),
    ).toBe(0);
    expect(
      await violations(sql`select p.id from payments p join orders o on o.id = p.order_id
        where p.paid_at < o.confirmed_at or p.paid_at > ${day}::timestamptz`),
    ).toBe(0);
    expect(
      await violations(sql`select s.id from shipments s join orders o on o.id = s.order_id
        where s.shipped_at < o.confirmed_at or s.delivered_at < s.shipped_at or s.delivered_at > ${day}::timestamptz`),
    ).toBe(0);
    expect(
      await value<number>(sql`select count(*)::int as value from orders
        where due_date < ${day}::date and amount_paid < total_amount
          and status in ('confirmed', 'partially_paid', 'partially_fulfilled', 'fulfilled', 'delivered')`),
    ).toBeGreaterThan(0);
  });

  it('writes status histories along the workflow, ending in the order’s status', async () => {
    const rows = await queryRows<{
      orderId: number;
      fromStatus: string | null;
      toStatus: string;
      status: string;
    }>(
      database.handle.db,
      sql`select h.order_id as "orderId", h.from_status as "fromStatus", h.to_status as "toStatus", o.status
          from order_status_changes h join orders o on o.id = h.order_id order by h.order_id, h.id`,
    );
    expect(rows.length).toBeGreaterThan(50);
    const byOrder = new Map<number, typeof rows>();
    for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row]);
    for (const [orderId, history] of byOrder) {
      expect(history[0], `order ${orderId}`).toMatchObject({ fromStatus: null, toStatus: 'draft' });
      for (let step = 1; step < history.length; step++) {
        const { fromStatus, toStatus } = history[step] as (typeof history)[number];
        expect(fromStatus, `order ${orderId}`).toBe(history[step - 1]?.toStatus);
        expect(
          legalTransitions[fromStatus as string],
          `order ${orderId}: ${fromStatus} → ${toStatus}`,
        ).toContain(toStatus);
      }
      expect(history[history.length - 1]?.toStatus, `order ${orderId}`).toBe(history[0]?.status);
    }
  });

  it('gives an order the account manager of its client', async () => {
    expect(
      await violations(sql`select o.id from orders o join clients c on c.id = o.client_id
        where o.owner_user_id is distinct from c.owner_user_id`),
    ).toBe(0);
  });
});

describe('seeded stock', () => {
  it('reserves exactly the unshipped quantity of confirmed, unfulfilled orders, never more than on hand', async () => {
    expect(
      await violations(sql`select p.id from products p
        left join (select i.product_id, sum(i.quantity - i.quantity_shipped) as quantity
          from order_items i join orders o on o.id = i.order_id
          where o.status in ${reserving} group by i.product_id) as open on open.product_id = p.id
        where p.stock_reserved <> coalesce(open.quantity, 0) or p.stock_reserved > p.stock_on_hand`),
    ).toBe(0);
    expect(
      await value<number>(sql`select count(*)::int as value from products where stock_reserved > 0`),
    ).toBeGreaterThan(0);
  });

  it('explains on-hand and reserved stock with the ledger', async () => {
    expect(
      await violations(sql`select p.id from products p
        join lateral (select coalesce(sum(on_hand_change), 0) as on_hand, coalesce(sum(reserved_change), 0) as reserved
          from inventory_movements m where m.product_id = p.id) as m on true
        where m.on_hand <> p.stock_on_hand or m.reserved <> p.stock_reserved`),
    ).toBe(0);
    // Running totals: the last movement of each product shows its stock.
    expect(
      await violations(sql`select p.id from products p
        join lateral (select on_hand_after, reserved_after from inventory_movements m
          where m.product_id = p.id order by id desc limit 1) as last on true
        where last.on_hand_after <> p.stock_on_hand or last.reserved_after <> p.stock_reserved`),
    ).toBe(0);
  });

  it('sells only products that existed and could be sold', async () => {
    expect(
      await violations(sql`select i.id from order_items i join orders o on o.id = i.order_id join products p on p.id = i.product_id
        where p.created_at > o.order_date or p.status = 'draft'
          or (o.status in ${reserving} and p.status not in ('active', 'discontinued'))
          or p.name <> i.product_name or p.sku <> i.sku or p.price <> i.unit_price`),
    ).toBe(0);
    expect(await violations(sql`select id from products where cost >= price or cost is null`)).toBe(0);
    expect(
      await violations(sql`select p.id from products p join product_categories c on c.id = p.category_id
        where c.parent_id is null`),
    ).toBe(0);
    expect(
      await violations(sql`select p.id from products p
        join lateral (select to_status from product_status_changes s where s.product_id = p.id order by id desc limit 1) as s on true
        where s.to_status <> p.status`),
    ).toBe(0);
  });
});

describe('seeded clients', () => {
  it('gives every client exactly one primary contact, its contact person', async () => {
    expect(
      await violations(sql`select c.id from clients c
        join lateral (select count(*) filter (where is_primary) as primaries, count(*) as contacts,
            max(name) filter (where is_primary) as name, max(email) filter (where is_primary) as email
          from client_contacts k where k.client_id = c.id) as k on true
        where k.primaries <> 1 or k.contacts not between 1 and 3 or k.name <> c.contact_person or k.email <> c.email`),
    ).toBe(0);
  });

  it('makes buyers customers (or churned, with no orders after leaving) and the others leads or prospects', async () => {
    expect(
      await violations(sql`select c.id from clients c
        where (c.stage in ('customer', 'churned')) <> exists (select 1 from orders o where o.client_id = c.id)`),
    ).toBe(0);
    expect(
      await violations(sql`select c.id from clients c
        join client_stage_changes s on s.client_id = c.id and s.to_stage = 'churned'
        where exists (select 1 from orders o where o.client_id = c.id and o.order_date > s.changed_at)`),
    ).toBe(0);
    expect(
      await violations(sql`select c.id from clients c
        join lateral (select to_stage from client_stage_changes s where s.client_id = c.id
          order by changed_at desc, id desc limit 1) as last on true
        where last.to_stage <> c.stage`),
    ).toBe(0);
    const stages = await queryRows<{ stage: string }>(
      database.handle.db,
      sql`select distinct stage from clients order by stage`,
    );
    expect(stages.map((row) => row.stage)).toEqual(['churned', 'customer', 'lead', 'prospect']);
  });

  it('keeps the last contact in step with the interactions', async () => {
    expect(
      await violations(sql`select c.id from clients c
        left join (select client_id, max(occurred_at) as last from client_interactions group by client_id) as i
          on i.client_id = c.id
        where c.last_contact_at is distinct from i.last`),
    ).toBe(0);
  });
});

describe('seeded workforce', () => {
  it('keeps each employee’s department name in step with the department row', async () => {
    expect(
      await violations(sql`select e.id from employees e left join departments d on d.id = e.department_id
        where d.id is null or e.department <> d.name`),
    ).toBe(0);
  });

  it('has a head per department the others report to, and one to three skills each', async () => {
    expect(await violations(sql`select id from departments where head_employee_id is null`)).toBe(0);
    expect(
      await violations(sql`select e.id from employees e join departments d on d.id = e.department_id
        where (e.id = d.head_employee_id and e.manager_id is not null)
          or (e.id <> d.head_employee_id and e.manager_id is distinct from d.head_employee_id)`),
    ).toBe(0);
    expect(
      await violations(sql`select e.id from employees e
        where (select count(*) from employee_skills s where s.employee_id = e.id) not between 1 and 3`),
    ).toBe(0);
  });
});

describe('precomputed figures', () => {
  it('fills the daily revenue rollup with exactly what the seeded orders bring', async () => {
    const rollup = sql`select currency, day, orders, gross, refunds from order_revenue_days where orders <> 0`;
    const live = sql`select currency, (order_date at time zone 'UTC')::date, count(*)::int, sum(total_amount),
        sum(amount_refunded)
      from orders
      where status not in ('draft', 'cancelled', 'refunded') and amount_paid >= total_amount
        and amount_refunded < amount_paid
      group by 1, 2`;
    expect(await value<number>(sql`select count(*)::int as value from (${rollup}) as days`)).toBeGreaterThan(
      50,
    );
    expect(await violations(sql`(${rollup}) except (${live})`)).toBe(0);
    expect(await violations(sql`(${live}) except (${rollup})`)).toBe(0);
  });

  it('scores every client with a counted order, and records when', async () => {
    expect(
      await violations(sql`select client_id from orders
        where status not in ('draft', 'cancelled', 'refunded')
        except select client_id from client_rfm_scores`),
    ).toBe(0);
    expect(
      await violations(sql`select client_id from client_rfm_scores where recency not between 1 and 5
        or frequency not between 1 and 5 or monetary not between 1 and 5`),
    ).toBe(0);
    expect(await value<number>(sql`select count(*)::int as value from client_rfm_score_refreshes`)).toBe(1);
  });
});

describe('the large-load path', () => {
  it('leaves the same indexes and foreign keys as the migrations made', async () => {
    const schemaObjects = (target: TestDatabase) =>
      queryRows<{ definition: string }>(
        target.handle.db,
        sql`select definition from (
            select indexdef as definition from pg_indexes where schemaname = 'public'
            union all
            select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
            where connamespace = 'public'::regnamespace) as objects
          order by definition`,
      );
    expect(await schemaObjects(database)).toEqual(await schemaObjects(pristine));
  });

  it('lets new rows continue after the ids the seed gave', async () => {
    const [row] = await queryRows<{ id: number; before: number }>(
      database.handle.db,
      sql`with before as (select max(id) as id from client_contacts),
            inserted as (insert into client_contacts (client_id, name) select min(id), 'New Contact' from clients returning id)
          select (select id from inserted) as id, (select id from before) as before`,
    );
    expect(row?.id).toBe((row?.before ?? 0) + 1);
  });
});
