import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { reusableSqlStatement } from '../../platform/db/prepared';
import type { RoutingAgentState } from './agent.repository';
import type { QueueRow } from './queue.repository';

export type LockedAgent = RoutingAgentState & { memberOf: number[] };

type Stored<Row> = {
  [Key in keyof Row]: Row[Key] extends Date
    ? string
    : Row[Key] extends Date | null
      ? string | null
      : Row[Key];
};

// Queues first, lowest id first (FOR NO KEY UPDATE, as `lockQueues` says why); then agents, lowest employee
// id first: the order every routing transaction takes its locks in. The agents' CTE reads the queues' (a
// one-time filter), so the queues are locked first whatever order the planner evaluates the two in. An
// agent's availability cannot change meanwhile: changing it locks the agent's queues first.
const lockStatement = reusableSqlStatement(
  'ticket_routing_lock',
  sql`with locked_queues as materialized (
      select q.id, q.name, q.department_id, q.strategy, q.last_assigned_employee_id, q.created_at, q.updated_at,
        q.version
      from ticket_queues q where q.id = any(${sql.placeholder('queueIds')}::int[])
      order by q.id for no key update
    ), locked_agents as materialized (
      select a.employee_id, a.availability, a.capacity, a.active_tickets, a.weighted_load, a.last_assigned_at,
        a.created_at, a.updated_at,
        array(select m.queue_id from ticket_queue_members m
          where m.employee_id = a.employee_id and m.queue_id = any(${sql.placeholder('memberQueueIds')}::int[]))
          as member_of
      from agent_states a
      where (select count(*) from locked_queues) >= 0
        and ((a.availability = 'online' and a.employee_id in (select m.employee_id from ticket_queue_members m
            where m.queue_id = any(${sql.placeholder('memberQueueIds')}::int[])))
          or a.employee_id = any(${sql.placeholder('employeeIds')}::int[]))
      order by a.employee_id for update of a
    )
    select
      (select coalesce(json_agg(json_build_object('id', id, 'name', name, 'departmentId', department_id,
          'strategy', strategy, 'lastAssignedEmployeeId', last_assigned_employee_id, 'createdAt', created_at,
          'updatedAt', updated_at, 'version', version) order by id), '[]'::json) from locked_queues) as queues,
      (select coalesce(json_agg(json_build_object('employeeId', employee_id, 'availability', availability,
          'capacity', capacity, 'activeTickets', active_tickets, 'weightedLoad', weighted_load,
          'lastAssignedAt', last_assigned_at, 'createdAt', created_at, 'updatedAt', updated_at,
          'memberOf', member_of) order by employee_id), '[]'::json) from locked_agents) as agents`,
);

const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * Locks, in one round trip, the queues `queueIds`, then the online members of `memberQueueIds` and the agents
 * `employeeIds`, each agent with the queues (of `memberQueueIds`) it is a member of.
 */
export async function lockForRouting(
  executor: Executor,
  needs: { queueIds: readonly number[]; memberQueueIds: readonly number[]; employeeIds: readonly number[] },
): Promise<{ queues: QueueRow[]; agents: LockedAgent[] }> {
  const result = (await lockStatement(executor).execute({
    queueIds: [...needs.queueIds],
    memberQueueIds: [...needs.memberQueueIds],
    employeeIds: [...needs.employeeIds],
  })) as { rows: { queues: Stored<QueueRow>[]; agents: Stored<LockedAgent>[] }[] };
  const [row] = result.rows;
  return {
    queues: (row?.queues ?? []).map((queue) => ({
      ...queue,
      createdAt: date(queue.createdAt),
      updatedAt: date(queue.updatedAt),
    })),
    agents: (row?.agents ?? []).map((agent) => ({
      ...agent,
      lastAssignedAt: dateOrNull(agent.lastAssignedAt),
      createdAt: date(agent.createdAt),
      updatedAt: date(agent.updatedAt),
    })),
  };
}
