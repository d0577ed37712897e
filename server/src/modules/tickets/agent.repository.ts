import { and, eq, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { employees } from '../workforce';
import type { AgentAvailability } from './routing.util';
import { agentStates } from './schema';

export type AgentStateRow = typeof agentStates.$inferSelect;
/** What routing works with: the state without when the agent's app was last heard from. */
export type RoutingAgentState = Omit<AgentStateRow, 'lastSeenAt'>;

/** A change to agents' load: tickets and weighted load to add (negative to take away). */
export type LoadChange = { employeeId: number; tickets: number; weight: number; assigned: boolean };

// Counted like the load counters themselves: active tickets, pending ones excepted, weighted by priority.
const recountSql = (employeeIdsParam: ReturnType<typeof sql.param>) => sql`
  select e.id as employee_id,
    count(t.id)::int as active_tickets,
    coalesce(sum(case t.priority when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 when 'low' then 1 else 0 end), 0)::int
      as weighted_load
  from unnest(${employeeIdsParam}::int[]) as e(id)
  left join tickets t on t.assigned_to = e.id and t.status in ('new', 'open', 'on_hold')
  group by e.id`;

/**
 * Gives these employees an agent state if they have none, offline and with their current load counted (an
 * employee may have tickets from before they were an agent).
 */
export async function ensureAgentStates(executor: Executor, employeeIds: readonly number[]): Promise<void> {
  if (employeeIds.length === 0) return;
  await executor.execute(
    sql`insert into agent_states (employee_id, active_tickets, weighted_load)
      select load.employee_id, load.active_tickets, load.weighted_load
      from (${recountSql(sql.param([...new Set(employeeIds)]))}) as load
      where exists (select 1 from employees e where e.id = load.employee_id)
      on conflict (employee_id) do nothing`,
  );
}

/** Whether the employee has worked tickets: every assignee and every queue member has a state row. */
export async function hasAgentState(executor: Executor, employeeId: number): Promise<boolean> {
  const rows = await executor
    .select({ employeeId: agentStates.employeeId })
    .from(agentStates)
    .where(eq(agentStates.employeeId, employeeId));
  return rows.length > 0;
}

/** Locks these agents' states, lowest employee id first (the order every routing transaction takes them in). */
export async function lockAgentStates(
  executor: Executor,
  employeeIds: readonly number[],
): Promise<AgentStateRow[]> {
  if (employeeIds.length === 0) return [];
  return executor
    .select()
    .from(agentStates)
    .where(inArray(agentStates.employeeId, [...new Set(employeeIds)]))
    .orderBy(agentStates.employeeId)
    .for('update');
}

/**
 * Adds to agents' load counters, as a write to send with others (`executeTogether`); null: nothing changes.
 * The rows must be locked already. The counters never go below zero, even for tickets assigned before their
 * assignee was counted.
 */
export function loadChangesUpdate(changes: readonly LoadChange[], at: Date): SQL | null {
  const effective = changes.filter(
    (change) => change.tickets !== 0 || change.weight !== 0 || change.assigned,
  );
  if (effective.length === 0) return null;
  return sql`update agent_states a set
        active_tickets = greatest(0, a.active_tickets + change.tickets),
        weighted_load = greatest(0, a.weighted_load + change.weight),
        last_assigned_at = case when change.assigned then ${at.toISOString()}::timestamptz else a.last_assigned_at end,
        updated_at = ${at.toISOString()}::timestamptz
      from unnest(${sql.param(effective.map((change) => change.employeeId))}::int[],
        ${sql.param(effective.map((change) => change.tickets))}::int[],
        ${sql.param(effective.map((change) => change.weight))}::int[],
        ${sql.param(effective.map((change) => change.assigned))}::boolean[])
        as change(employee_id, tickets, weight, assigned)
      where a.employee_id = change.employee_id`;
}

export async function updateAgentState(
  executor: Executor,
  employeeId: number,
  changes: { availability?: AgentAvailability; capacity?: number | null; lastSeenAt?: Date | null },
): Promise<AgentStateRow | undefined> {
  const [row] = await executor
    .update(agentStates)
    .set(changes)
    .where(eq(agentStates.employeeId, employeeId))
    .returning();
  return row;
}

/** Notes that the agent's own app is open now (nothing to note for someone with no agent state). */
export async function recordAgentSeen(executor: Executor, employeeId: number, at: Date): Promise<void> {
  await executor.update(agentStates).set({ lastSeenAt: at }).where(eq(agentStates.employeeId, employeeId));
}

/**
 * Agents still online or away whose app was last heard from before `before` (never heard from: not), by
 * employee id; `employeeId` asks about that one agent only.
 */
export async function findAgentsUnseenSince(
  executor: Executor,
  before: Date,
  employeeId?: number,
): Promise<number[]> {
  const rows = await executor
    .select({ employeeId: agentStates.employeeId })
    .from(agentStates)
    .where(
      and(
        ne(agentStates.availability, 'offline'),
        lt(agentStates.lastSeenAt, before),
        employeeId === undefined ? undefined : eq(agentStates.employeeId, employeeId),
      ),
    )
    .orderBy(agentStates.employeeId);
  return rows.map((row) => row.employeeId);
}

/** Recounts agents' load from their tickets: what the counters must always equal. */
export async function recountAgentLoad(
  executor: Executor,
  employeeIds: readonly number[],
): Promise<Map<number, { activeTickets: number; weightedLoad: number }>> {
  const rows = await queryRows<{ employee_id: number; active_tickets: number; weighted_load: number }>(
    executor,
    recountSql(sql.param([...new Set(employeeIds)])),
  );
  return new Map(
    rows.map((row) => [
      row.employee_id,
      { activeTickets: row.active_tickets, weightedLoad: row.weighted_load },
    ]),
  );
}

export type AgentListRow = AgentStateRow & {
  name: string;
  email: string;
  employeeStatus: string;
  queues: { id: number; name: string }[];
};

/**
 * Everyone who works tickets: members of any queue, and anyone with an agent state (who set an availability
 * or was assigned a ticket), by name.
 */
export async function findAgents(
  executor: Executor,
  query: { limit: number; after?: { name: string; id: number } },
): Promise<AgentListRow[]> {
  const rows = await queryRows<{
    employee_id: number;
    name: string;
    email: string;
    employee_status: string;
    availability: AgentAvailability | null;
    capacity: number | null;
    active_tickets: number | null;
    weighted_load: number | null;
    last_assigned_at: Date | string | null;
    last_seen_at: Date | string | null;
    created_at: Date | string | null;
    updated_at: Date | string | null;
    queues: { id: number; name: string }[] | null;
  }>(
    executor,
    sql`with agent_ids as (
        select employee_id from ticket_queue_members union select employee_id from agent_states
      )
      select e.id as employee_id, e.name, e.email, e.status as employee_status, a.availability, a.capacity,
        a.active_tickets, a.weighted_load, a.last_assigned_at, a.last_seen_at, a.created_at, a.updated_at,
        (select json_agg(json_build_object('id', q.id, 'name', q.name) order by q.name)
          from ticket_queue_members m join ticket_queues q on q.id = m.queue_id
          where m.employee_id = e.id) as queues
      from agent_ids ids
      join ${employees} e on e.id = ids.employee_id
      left join agent_states a on a.employee_id = e.id
      ${query.after ? sql`where (e.name, e.id) > (${query.after.name}, ${query.after.id})` : sql``}
      order by e.name, e.id
      limit ${query.limit}`,
  );
  return rows.map((row) => {
    const stamp = (value: Date | string | null) => (value === null ? null : new Date(value));
    return {
      employeeId: row.employee_id,
      name: row.name,
      email: row.email,
      employeeStatus: row.employee_status,
      availability: row.availability ?? 'offline',
      capacity: row.capacity,
      activeTickets: row.active_tickets ?? 0,
      weightedLoad: row.weighted_load ?? 0,
      lastAssignedAt: stamp(row.last_assigned_at),
      lastSeenAt: stamp(row.last_seen_at),
      createdAt: stamp(row.created_at) ?? new Date(0),
      updatedAt: stamp(row.updated_at) ?? new Date(0),
      queues: row.queues ?? [],
    };
  });
}

export async function findAgent(executor: Executor, employeeId: number): Promise<AgentListRow | undefined> {
  const [row] = await findAgentsByIds(executor, [employeeId]);
  return row;
}

async function findAgentsByIds(executor: Executor, ids: number[]): Promise<AgentListRow[]> {
  const rows = await executor
    .select({ id: employees.id, name: employees.name, email: employees.email, status: employees.status })
    .from(employees)
    .where(inArray(employees.id, ids));
  if (rows.length === 0) return [];
  const states = await executor.select().from(agentStates).where(inArray(agentStates.employeeId, ids));
  const queues = await queryRows<{ employee_id: number; id: number; name: string }>(
    executor,
    sql`select m.employee_id, q.id, q.name from ticket_queue_members m join ticket_queues q on q.id = m.queue_id
      where m.employee_id = any(${sql.param(ids)}::int[]) order by q.name`,
  );
  return rows.map((employee) => {
    const state = states.find((candidate) => candidate.employeeId === employee.id);
    return {
      employeeId: employee.id,
      availability: state?.availability ?? 'offline',
      capacity: state?.capacity ?? null,
      activeTickets: state?.activeTickets ?? 0,
      weightedLoad: state?.weightedLoad ?? 0,
      lastAssignedAt: state?.lastAssignedAt ?? null,
      lastSeenAt: state?.lastSeenAt ?? null,
      createdAt: state?.createdAt ?? new Date(0),
      updatedAt: state?.updatedAt ?? new Date(0),
      name: employee.name,
      email: employee.email,
      employeeStatus: employee.status,
      queues: queues
        .filter((queue) => queue.employee_id === employee.id)
        .map(({ id, name }) => ({ id, name })),
    };
  });
}
