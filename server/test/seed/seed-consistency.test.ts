import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../src/modules/tickets/business-calendar.util';
import { defaultPriorityRules } from '../../src/modules/tickets/priority-rules.util';
import { instantAtShare, startClock } from '../../src/modules/tickets/sla-clock.util';
import { queryRows } from '../../src/platform/db/database';
import { seedDatabase } from '../../src/seed/seed';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const asOf = new Date('2026-06-30T00:00:00Z');
const scale = { products: 40, clients: 80, employees: 24, orders: 600, tickets: 500 };
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

describe('seeded support', () => {
  it('sets up calendars with holidays, queues with members, categories, SLA policies and the settings', async () => {
    const [setup] = await queryRows<Record<string, unknown>>(
      database.handle.db,
      sql`select
          (select array_agg(time_zone order by name) from business_calendars) as zones,
          (select count(*)::int from business_holidays) as holidays,
          (select array_agg(name || ':' || strategy order by name) from ticket_queues) as queues,
          (select count(*)::int from ticket_queues q
            where not exists (select 1 from ticket_queue_members m where m.queue_id = q.id)) as empty_queues,
          (select count(*)::int from ticket_categories where queue_id is null) as unrouted_categories,
          (select array_agg(coalesce(priority, '*') || '/' || coalesce(client_tier, '*') order by name)
            from sla_policies) as policies,
          (select count(*)::int from sla_policies where warn_share <> 0.75 or on_breach = '[]'::jsonb) as odd_policies,
          (select priority_rules from ticket_settings where id = 1) as rules`,
    );
    expect(setup).toMatchObject({
      zones: ['UTC', 'Europe/London'],
      queues: ['Billing:least_loaded', 'General:round_robin', 'Technical:skill_based'],
      empty_queues: 0,
      unrouted_categories: 0,
      policies: ['high/*', 'low/*', 'medium/*', 'high/platinum', 'urgent/platinum', 'urgent/*'],
      odd_policies: 0,
      rules: defaultPriorityRules,
    });
    expect(setup?.holidays).toBeGreaterThanOrEqual(20);
  });

  it('gives tickets only workflow statuses, with the times each status implies', async () => {
    const statuses = await queryRows<{ status: string; count: number }>(
      database.handle.db,
      sql`select status, count(*)::int as count from tickets group by status order by status`,
    );
    expect(statuses.map((row) => row.status)).toEqual(
      expect.arrayContaining(['closed', 'new', 'open', 'pending', 'resolved']),
    );
    expect(
      statuses.every((row) =>
        ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'].includes(row.status),
      ),
    ).toBe(true);
    expect(
      await violations(sql`select id from tickets where
        (status = 'new' and (first_responded_at is not null or resolved_at is not null or closed_at is not null))
        or (status in ('open', 'pending', 'on_hold')
          and (first_responded_at is null or resolved_at is not null or closed_at is not null))
        or (status = 'resolved' and (resolved_at is null or closed_at is not null))
        or (status = 'closed' and (closed_at is null or (resolved_at is null) <> (merged_into_id is not null)))
        or first_responded_at < created_at or resolved_at < first_responded_at or closed_at < resolved_at
        or greatest(updated_at, closed_at, resolved_at) > ${asOf.toISOString()}::timestamptz
        or updated_at < greatest(created_at, first_responded_at, resolved_at, closed_at)
        or (first_response_business_ms is null) <> (first_responded_at is null)
        or (resolution_business_ms is null) <> (resolved_at is null)
        or first_response_business_ms > extract(epoch from first_responded_at - created_at) * 1000 + 1000
        or resolution_business_ms > extract(epoch from resolved_at - created_at) * 1000 + 1000
        or requester_contact_id is null or channel is null or category_id is null or queue_id is null
        or (priority_source = 'manual') <> (priority_reason not like '%→%')`),
    ).toBe(0);
    // Merged duplicates point at the ticket before them, of the same client.
    expect(
      await violations(sql`select t.id from tickets t join tickets target on target.id = t.merged_into_id
        where t.status <> 'closed' or target.client_id <> t.client_id or target.id >= t.id`),
    ).toBe(0);
    // Ids grow with time, as a live system numbers them.
    expect(
      await violations(sql`select id from (select id, created_at, lag(created_at) over (order by id) as previous
        from tickets) as ordered where created_at < previous`),
    ).toBe(0);
  });

  it('keeps every agent’s load counters equal to a recount of their tickets, within capacity', async () => {
    expect(
      await value<number>(sql`select count(*)::int as value from tickets
        where assigned_to is not null and status in ('new', 'open', 'on_hold')`),
    ).toBeGreaterThan(3);
    expect(
      await violations(sql`select a.employee_id from agent_states a
        left join lateral (
          select count(t.id)::int as tickets,
            coalesce(sum(case t.priority when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end), 0)::int
              as weight
          from tickets t where t.assigned_to = a.employee_id and t.status in ('new', 'open', 'on_hold')) as load on true
        where a.active_tickets <> load.tickets or a.weighted_load <> load.weight
          or a.active_tickets > a.capacity or (a.availability = 'offline' and a.active_tickets > 0)`),
    ).toBe(0);
    // Working tickets belong to agents of their queue; one waits only when no online member has room for it.
    expect(
      await violations(sql`select t.id from tickets t
        where t.status in ('new', 'open', 'on_hold') and t.assigned_to is not null
          and not exists (select 1 from ticket_queue_members m
            where m.queue_id = t.queue_id and m.employee_id = t.assigned_to)`),
    ).toBe(0);
    expect(
      await violations(sql`select t.id from tickets t
        join ticket_queues q on q.id = t.queue_id
        join ticket_categories c on c.id = t.category_id
        where t.status in ('new', 'open', 'on_hold') and t.assigned_to is null
          and exists (select 1 from ticket_queue_members m join agent_states a on a.employee_id = m.employee_id
            where m.queue_id = q.id and a.availability = 'online' and a.active_tickets < a.capacity
              and (q.strategy <> 'skill_based' or c.skill_id is null or exists (
                select 1 from employee_skills s where s.employee_id = m.employee_id and s.skill_id = c.skill_id
                  and s.level >= c.min_skill_level)))`),
    ).toBe(0);
  });

  it('gives every active ticket with a policy consistent SLA columns: created < warning < due', async () => {
    const at = sql`${asOf.toISOString()}::timestamptz`;
    expect(
      await value<number>(sql`select count(*)::int as value from tickets
        where status in ('new', 'open', 'on_hold') and sla_policy_id is not null`),
    ).toBeGreaterThan(3);
    expect(
      await violations(sql`select id from tickets t left join ticket_sla_checks c on c.ticket_id = t.id
        where sla_policy_id is null or sla_clocks is null
        or (first_response_warn_at is null) <> (first_response_due_at is null)
        or (resolution_warn_at is null) <> (resolution_due_at is null)
        or not (first_response_warn_at > created_at and first_response_due_at > first_response_warn_at)
        or not (resolution_warn_at > created_at and resolution_due_at > resolution_warn_at)
        or (first_response_due_at is null) <> (first_responded_at is not null or status in ('resolved', 'closed'))
        or (resolution_due_at is null) <> (status in ('pending', 'resolved', 'closed'))
        or c.next_check_at is distinct from least(
          case when first_response_warned_at is null then first_response_warn_at end,
          case when first_response_breached_at is null then first_response_due_at end,
          case when resolution_warned_at is null then resolution_warn_at end,
          case when resolution_breached_at is null then resolution_due_at end)
        or c.next_check_at <= ${at}
        or (first_response_breached_at is not null and first_response_warned_at is null)
        or (resolution_breached_at is not null and resolution_warned_at is null)
        or ((sla_clocks #>> '{resolution,runningSince}') is null) <> (status in ('pending', 'resolved', 'closed'))
        or ((sla_clocks #>> '{resolution,completedAt}') is null) <> (status not in ('resolved', 'closed'))
        or (sla_clocks #>> '{firstResponse,targetMs}')::bigint
          <> (select first_response_minutes from sla_policies p where p.id = sla_policy_id) * 60000
        or (sla_clocks #>> '{resolution,targetMs}')::bigint
          <> (select resolution_minutes from sla_policies p where p.id = sla_policy_id) * 60000`),
    ).toBe(0);
    // Each ticket has the policy the engine would match: its priority and tier first, then its priority.
    expect(
      await violations(sql`select t.id from tickets t join clients c on c.id = t.client_id
        where t.sla_policy_id is distinct from (select p.id from sla_policies p
          where p.priority = t.priority and (p.client_tier = c.tier or p.client_tier is null)
          order by (p.client_tier is not null) desc limit 1)`),
    ).toBe(0);
  });

  it('computes running clocks’ instants as the SLA utils do, holidays and time zone included', async () => {
    const rows = await queryRows<{
      created_at: Date;
      first_response_warn_at: Date | null;
      resolution_due_at: Date;
      first_response_minutes: number;
      resolution_minutes: number;
      time_zone: string | null;
      week: BusinessCalendar['week'] | null;
      holidays: string[] | null;
    }>(
      database.handle.db,
      sql`select t.created_at, t.first_response_warn_at, t.resolution_due_at, p.first_response_minutes,
          p.resolution_minutes, c.time_zone, c.week,
          (select array_agg(h.day::text) from business_holidays h where h.calendar_id = c.id) as holidays
        from tickets t join sla_policies p on p.id = t.sla_policy_id
        left join business_calendars c on c.id = p.calendar_id
        where t.status in ('new', 'open', 'on_hold')`,
    );
    expect(rows.some((row) => row.time_zone === 'Europe/London')).toBe(true);
    for (const row of rows) {
      const calendar: BusinessCalendar = {
        timeZone: row.time_zone ?? 'UTC',
        week: row.week ?? {},
        holidays: new Set(row.holidays ?? []),
      };
      const created = new Date(row.created_at);
      const resolution = startClock(row.resolution_minutes * 60_000, created);
      expect(new Date(row.resolution_due_at)).toEqual(instantAtShare(calendar, resolution, 1));
      if (row.first_response_warn_at) {
        const firstResponse = startClock(row.first_response_minutes * 60_000, created);
        expect(new Date(row.first_response_warn_at)).toEqual(instantAtShare(calendar, firstResponse, 0.75));
      }
    }
  });

  it('writes threads with public replies and internal notes, histories that start at creation, and CSAT', async () => {
    const [thread] = await queryRows<Record<string, number>>(
      database.handle.db,
      sql`select
          (select count(*)::int from ticket_comments where visibility = 'public') as public,
          (select count(*)::int from ticket_comments where visibility = 'internal') as internal,
          (select count(*)::int from ticket_events where kind = 'sla_breached') as breaches,
          (select count(*)::int from ticket_surveys where answered_at is not null) as answered`,
    );
    expect(thread?.public).toBeGreaterThan(10);
    expect(thread?.internal).toBeGreaterThan(0);
    expect(thread?.breaches).toBeGreaterThan(0);
    expect(thread?.answered).toBeGreaterThan(0);
    expect(
      await violations(sql`select ticket_id from ticket_events e
        where e.id = (select min(id) from ticket_events f where f.ticket_id = e.ticket_id) and e.kind <> 'created'`),
    ).toBe(0);
    expect(
      await violations(sql`select e.id from ticket_events e join tickets t on t.id = e.ticket_id
        where e.created_at < t.created_at or e.created_at > ${asOf.toISOString()}::timestamptz
          or e.created_at < (select max(f.created_at) from ticket_events f where f.ticket_id = e.ticket_id and f.id < e.id)`),
    ).toBe(0);
    // Every answered survey is the client's CSAT answer too, with the same score, and only for finished tickets.
    expect(
      await violations(sql`select s.id from ticket_surveys s join tickets t on t.id = s.ticket_id
        left join satisfaction_responses r on r.ticket_id = s.ticket_id and r.kind = 'csat'
        where (s.answered_at is not null and (r.id is null or r.score <> s.score or r.client_id <> t.client_id))
          or t.status not in ('resolved', 'closed') or s.created_at <> t.resolved_at`),
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
