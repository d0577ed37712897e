import { asc, eq, sql } from 'drizzle-orm';
import { recountAgentLoad } from '../../src/modules/tickets/agent.repository';
import { createTicketEngine } from '../../src/modules/tickets/engine.service';
import {
  agentStates,
  ticketEvents,
  ticketQueueMembers,
  ticketQueues,
  ticketSlaChecks,
  tickets,
} from '../../src/modules/tickets/schema';
import type { TicketEngine, TicketRow } from '../../src/modules/tickets/ticket-engine';
import { type Database, queryRows } from '../../src/platform/db/database';
import type { AuditActor } from '../../src/platform/http/audit-actor';
import { createEmployee } from '../support/factories';

/** The system acting (tests build tickets as the ticket service would, without going through HTTP). */
export const systemActor: AuditActor = { user: null, ipAddress: '127.0.0.1', requestId: 'test' };

let sequence = 0;
const next = () => ++sequence;

export function engineFor(db: Database, clock: () => Date = () => new Date()): TicketEngine {
  return createTicketEngine({ db, clock });
}

export async function createQueue(
  db: Database,
  options: {
    name?: string;
    strategy?: 'round_robin' | 'least_loaded' | 'skill_based';
    members?: number[];
  } = {},
) {
  const [queue] = await db
    .insert(ticketQueues)
    .values({ name: options.name ?? `Queue ${next()}`, strategy: options.strategy ?? 'round_robin' })
    .returning();
  if (!queue) throw new Error('no queue');
  if (options.members?.length) {
    await db
      .insert(ticketQueueMembers)
      .values(options.members.map((employeeId) => ({ queueId: queue.id, employeeId })));
  }
  return queue;
}

/** An employee with an agent state, in the given queues. */
export async function createAgent(
  db: Database,
  options: {
    availability?: 'online' | 'away' | 'offline';
    capacity?: number | null;
    queueIds?: number[];
    managerId?: number;
    name?: string;
  } = {},
) {
  const employee = await createEmployee(db, {
    managerId: options.managerId,
    ...(options.name === undefined ? {} : { name: options.name }),
  });
  await db.insert(agentStates).values({
    employeeId: employee.id,
    availability: options.availability ?? 'online',
    capacity: options.capacity ?? null,
  });
  for (const queueId of options.queueIds ?? []) {
    await db.insert(ticketQueueMembers).values({ queueId, employeeId: employee.id });
  }
  return employee;
}

/**
 * A new ticket as the ticket service creates one: SLA columns from the engine, the row inserted, then
 * routed, all in one transaction.
 */
export async function openTicket(
  db: Database,
  engine: TicketEngine,
  values: Partial<typeof tickets.$inferInsert> & { clientId: number; clientTier?: string | null },
): Promise<TicketRow> {
  const { clientTier = null, ...columns } = values;
  return db.transaction(async (tx) => {
    const createdAt = columns.createdAt ?? new Date();
    const priority = columns.priority ?? 'medium';
    const start = await engine.startTicket(tx, {
      signals: { title: 'Ticket', description: '', channel: 'email', clientTier, orderTotal: null },
      manualPriority: { priority, reason: 'set by the test' },
      categoryId: columns.categoryId ?? null,
      createdAt,
    });
    const slaColumns = start.sla;
    const [row] = await tx
      .insert(tickets)
      .values({ title: `Ticket ${next()}`, status: 'new', ...columns, priority, createdAt, ...slaColumns })
      .returning();
    if (!row) throw new Error('no ticket');
    return engine.routeNew(tx, row, systemActor);
  });
}

/** Changes a ticket as the ticket service would (the row locked), then lets the engine follow. */
export async function changeTicket(
  db: Database,
  engine: TicketEngine,
  ticketId: number,
  changes: Partial<typeof tickets.$inferInsert>,
): Promise<TicketRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
    if (!before) throw new Error('no ticket');
    const [after] = await tx
      .update(tickets)
      .set({ ...changes, version: sql`${tickets.version} + 1` })
      .where(eq(tickets.id, ticketId))
      .returning();
    if (!after) throw new Error('no ticket');
    return engine.afterChange(tx, before, after, systemActor);
  });
}

export async function ticketById(db: Database, id: number): Promise<TicketRow> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  if (!row) throw new Error(`no ticket ${id}`);
  return row;
}

/** What the SLA sweep keeps of a ticket: its next check and the warnings and breaches given (null: no row). */
export async function slaCheckOf(db: Database, ticketId: number) {
  const [row] = await db.select().from(ticketSlaChecks).where(eq(ticketSlaChecks.ticketId, ticketId));
  return row ?? null;
}

export async function agentState(db: Database, employeeId: number) {
  const [row] = await db.select().from(agentStates).where(eq(agentStates.employeeId, employeeId));
  if (!row) throw new Error(`no agent state for ${employeeId}`);
  return row;
}

export function historyOf(db: Database, ticketId: number) {
  return db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.id));
}

/** Every agent's load counters next to a recount from the tickets: they must be equal. */
export async function loadCountersAndRecount(db: Database) {
  const states = await db.select().from(agentStates).orderBy(asc(agentStates.employeeId));
  const recount = await recountAgentLoad(
    db,
    states.map((state) => state.employeeId),
  );
  return {
    counters: states.map((state) => ({
      employeeId: state.employeeId,
      activeTickets: state.activeTickets,
      weightedLoad: state.weightedLoad,
    })),
    recount: states.map((state) => ({ employeeId: state.employeeId, ...recount.get(state.employeeId) })),
  };
}

/** Active tickets assigned to each employee. */
export async function activeTicketsPerAgent(db: Database): Promise<Map<number, number>> {
  const rows = await queryRows<{ assigned_to: number; total: number }>(
    db,
    sql`select assigned_to, count(*)::int as total from tickets
      where assigned_to is not null and status in ('new', 'open', 'on_hold') group by assigned_to`,
  );
  return new Map(rows.map((row) => [row.assigned_to, row.total]));
}
