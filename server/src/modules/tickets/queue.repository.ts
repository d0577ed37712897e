import { and, eq, getTableColumns, inArray, ne, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import { reusableStatement } from '../../platform/db/prepared';
import type { Page } from '../../platform/http/pagination';
import { departments } from '../workforce';
import { ticketQueueMembers, ticketQueues } from './schema';

export type QueueRow = typeof ticketQueues.$inferSelect;
export type QueueValues = Pick<QueueRow, 'name' | 'departmentId' | 'strategy'>;
export type QueueListRow = QueueRow & {
  departmentName: string | null;
  members: { employeeId: number; name: string }[];
  waitingTickets: number;
};

/** The queue tickets fall into when their category names none: 'General' if it exists, else the oldest. */
export const DEFAULT_QUEUE_NAME = 'General';

// Qualified by hand: Drizzle leaves column names unqualified in single-table selects.
const members = sql<{ employeeId: number; name: string }[]>`coalesce((select json_agg(
    json_build_object('employeeId', e.id, 'name', e.name) order by e.name, e.id)
  from ticket_queue_members m join employees e on e.id = m.employee_id
  where m.queue_id = ticket_queues.id), '[]'::json)`;
const waiting = sql<number>`(select count(*)::int from tickets t where t.queue_id = ticket_queues.id
  and t.assigned_to is null and t.status in ('new', 'open', 'on_hold'))`;
const listColumns = {
  ...getTableColumns(ticketQueues),
  departmentName: departments.name,
  members,
  waitingTickets: waiting,
};

export async function findQueues(
  executor: Executor,
  query: { sort: string; cursor?: string; limit: number; q?: string },
): Promise<Page<QueueListRow>> {
  const plan = planKeyset(query, { columns: { name: ticketQueues.name }, id: ticketQueues.id });
  const rows = await executor
    .select(listColumns)
    .from(ticketQueues)
    .leftJoin(departments, eq(departments.id, ticketQueues.departmentId))
    .where(and(plan.where, query.q ? sql`${ticketQueues.name} ilike ${containsPattern(query.q)}` : undefined))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findQueueById(executor: Executor, id: number): Promise<QueueListRow | undefined> {
  const [row] = await executor
    .select(listColumns)
    .from(ticketQueues)
    .leftJoin(departments, eq(departments.id, ticketQueues.departmentId))
    .where(eq(ticketQueues.id, id));
  return row;
}

export async function queueNameTaken(executor: Executor, name: string, exceptId?: number): Promise<boolean> {
  const [row] = await executor
    .select({ id: ticketQueues.id })
    .from(ticketQueues)
    .where(
      and(
        sql`lower(${ticketQueues.name}) = lower(${name})`,
        exceptId === undefined ? undefined : ne(ticketQueues.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertQueue(executor: Executor, values: QueueValues): Promise<QueueRow> {
  const [row] = await executor.insert(ticketQueues).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the changes if the queue is still at `expectedVersion` (when given); undefined otherwise. */
export async function updateQueue(
  executor: Executor,
  id: number,
  changes: Partial<QueueValues>,
  expectedVersion?: number,
): Promise<QueueRow | undefined> {
  const [row] = await executor
    .update(ticketQueues)
    .set({ ...changes, version: sql`${ticketQueues.version} + 1` })
    .where(
      and(
        eq(ticketQueues.id, id),
        expectedVersion === undefined ? undefined : eq(ticketQueues.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteQueue(executor: Executor, id: number): Promise<void> {
  await executor.delete(ticketQueues).where(eq(ticketQueues.id, id));
}

/** Makes the queue's members exactly these employees; returns who joined. */
export async function replaceQueueMembers(
  executor: Executor,
  queueId: number,
  employeeIds: readonly number[],
): Promise<number[]> {
  const current = await executor
    .select({ employeeId: ticketQueueMembers.employeeId })
    .from(ticketQueueMembers)
    .where(eq(ticketQueueMembers.queueId, queueId));
  const before = new Set(current.map((row) => row.employeeId));
  const after = new Set(employeeIds);
  const leaving = [...before].filter((id) => !after.has(id));
  const joining = [...after].filter((id) => !before.has(id));
  if (leaving.length > 0) {
    await executor
      .delete(ticketQueueMembers)
      .where(and(eq(ticketQueueMembers.queueId, queueId), inArray(ticketQueueMembers.employeeId, leaving)));
  }
  if (joining.length > 0) {
    await executor.insert(ticketQueueMembers).values(joining.map((employeeId) => ({ queueId, employeeId })));
  }
  return joining;
}

/** What still points at a queue: categories routing to it, and tickets being worked in it. */
export async function findQueueUsage(
  executor: Executor,
  queueId: number,
): Promise<{ categoryNames: string[]; activeTickets: number }> {
  const [row] = await queryRows<{ category_names: string[] | null; active_tickets: number }>(
    executor,
    sql`select
      (select array_agg(c.name order by c.name) from ticket_categories c where c.queue_id = ${queueId}) as category_names,
      (select count(*)::int from tickets t where t.queue_id = ${queueId}
        and t.status in ('new', 'open', 'pending', 'on_hold')) as active_tickets`,
  );
  return { categoryNames: row?.category_names ?? [], activeTickets: row?.active_tickets ?? 0 };
}

/**
 * The queue a ticket of this category belongs in: the category's queue, else the default queue; null when
 * there are no queues at all. One round trip.
 */
export async function findQueueForCategory(
  executor: Executor,
  categoryId: number | null,
): Promise<number | null> {
  const [row] = await queryRows<{ queue_id: number | null }>(
    executor,
    sql`select ${queueForCategorySql(categoryId)} as queue_id`,
  );
  return row?.queue_id ?? null;
}

/** The queue of `findQueueForCategory` as a scalar expression, to read with more (a value or placeholder). */
export function queueForCategorySql(categoryId: number | null | Placeholder) {
  return sql`coalesce(
      (select c.queue_id from ticket_categories c where c.id = ${categoryId}::int),
      (select q.id from ticket_queues q order by (q.name = ${DEFAULT_QUEUE_NAME}) desc, q.id limit 1))`;
}

/**
 * Locks the queues, lowest id first (the order every routing transaction takes them in). FOR NO KEY UPDATE,
 * not FOR UPDATE: inserting a ticket takes a key-share lock on its queue (the foreign key), and a ticket
 * service that inserts then routes would otherwise deadlock with a router already waiting on the queue.
 */
export async function lockQueues(executor: Executor, ids: readonly number[]): Promise<QueueRow[]> {
  if (ids.length === 0) return [];
  return queuesLocked(executor).execute({ ids: [...ids] });
}

// Taken by every routing transaction: one statement text whatever the number of queues.
const queuesLocked = reusableStatement('ticket_queues_lock', (executor) =>
  executor
    .select()
    .from(ticketQueues)
    .where(sql`${ticketQueues.id} = any(${sql.placeholder('ids')}::int[])`)
    .orderBy(ticketQueues.id)
    .for('no key update')
    .prepare('ticket_queues_lock'),
);

/** The queues these employees work in. */
export async function findQueueIdsOfEmployees(
  executor: Executor,
  employeeIds: readonly number[],
): Promise<number[]> {
  if (employeeIds.length === 0) return [];
  const rows = await executor
    .selectDistinct({ queueId: ticketQueueMembers.queueId })
    .from(ticketQueueMembers)
    .where(inArray(ticketQueueMembers.employeeId, [...employeeIds]));
  return rows.map((row) => row.queueId);
}

/** Whether any ticket waits, unassigned, in these queues (read without locks, to skip needless locking). */
export async function hasWaitingTickets(executor: Executor, queueIds: readonly number[]): Promise<boolean> {
  if (queueIds.length === 0) return false;
  const rows = await queryRows<{ one: number }>(
    executor,
    sql`select 1 as one from tickets t where t.queue_id = any(${sql.param([...queueIds])}::int[])
      and t.assigned_to is null and t.status in ('new', 'open', 'on_hold') limit 1`,
  );
  return rows.length > 0;
}

/**
 * Moves each queue's round-robin turn to the agent who just took a ticket, as a write to send with others
 * (`executeTogether`); null: none. The queue's version is settings, not its turn.
 */
export function lastAssigneeUpdate(turns: ReadonlyMap<number, number>): SQL | null {
  if (turns.size === 0) return null;
  return sql`update ticket_queues q set last_assigned_employee_id = turn.employee_id
      from unnest(${sql.param([...turns.keys()])}::int[], ${sql.param([...turns.values()])}::int[])
        as turn(queue_id, employee_id)
      where q.id = turn.queue_id`;
}
