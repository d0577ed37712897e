import { sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../platform/db/database';
import { findEmployeeCards } from '../workforce';
import { isActiveStatus, RoutingSession } from './routing.service';
import { priorityWeights, type TicketPriority } from './routing.util';
import type { TicketStatus } from './ticket-workflow.util';

export type SlaSweepResult = { warned: number; breached: number; escalations: number; tookMs: number };

const DEFAULT_BATCH_SIZE = 2_000;
// Two connections: enough to keep the database busy while one batch's answer travels, few enough to leave
// the pool to requests.
const DEFAULT_WORKERS = 2;
// A sweep that keeps finding work this many batches in a row stops; the next run carries on.
const MAX_BATCHES = 10_000;
const RAISE_REASON = 'SLA escalation: raised one step by the policy';

type Raised = { employeeId: number; from: TicketPriority; to: TicketPriority; status: TicketStatus };
type Reassignment = {
  id: number;
  clientId: number;
  queueId: number | null;
  categoryId: number | null;
  priority: TicketPriority;
  status: TicketStatus;
  assignedTo: number | null;
  target: 'first_response' | 'resolution';
  stage: 'warning' | 'breach';
};
type ActedRow = {
  selected: number;
  warned: number;
  breached: number;
  escalations: number;
  raised: Raised[] | null;
  reassign: Reassignment[] | null;
};

/**
 * Locks a batch of due tickets, found through the next-check index, with their check rows; tickets another
 * sweep (or a person's change) holds are skipped until the next run.
 */
function claimDue(executor: Executor, now: Date, batchSize: number) {
  return queryRows<{ id: number; assigned_to: number | null }>(
    executor,
    sql`select t.id, t.assigned_to from ticket_sla_checks c join tickets t on t.id = c.ticket_id
      where c.next_check_at <= ${now.toISOString()}::timestamptz
      order by c.next_check_at
      limit ${batchSize}
      for update of c, t skip locked`,
  );
}

/**
 * Acts on a claimed batch in one statement: sets the `*_warned_at` / `*_breached_at` markers of the check rows
 * (a breach found before its warning absorbs the warning), moves the next check to the earliest instant not
 * yet acted on, raises priority one step where the policy says so (the only write to `tickets`), and writes
 * one history entry and one domain event per warning or breach, naming the escalation actions taken
 * (`notify_manager` names the assignee's manager), plus the priority change's own. Reassignments, which need
 * routing, come back to the caller.
 */
function actOnDue(
  executor: Executor,
  options: { ids: number[]; now: Date; managers: ReadonlyMap<number, number | null> },
) {
  const at = sql`${options.now.toISOString()}::timestamptz`;
  const dueText = (column: string) =>
    sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  return queryRows<ActedRow>(
    executor,
    sql`with due as (
        select t.id, t.client_id, t.assigned_to, t.queue_id, t.category_id, t.status, t.priority,
          t.first_response_warn_at, t.first_response_due_at, t.resolution_warn_at, t.resolution_due_at,
          ${dueText('t.first_response_due_at')} as first_response_due, ${dueText('t.resolution_due_at')} as resolution_due,
          coalesce(t.first_response_due_at <= ${at} and c.first_response_breached_at is null, false) as fr_breach,
          coalesce(t.first_response_warn_at <= ${at} and c.first_response_warned_at is null, false) as fr_warn_due,
          coalesce(t.resolution_due_at <= ${at} and c.resolution_breached_at is null, false) as res_breach,
          coalesce(t.resolution_warn_at <= ${at} and c.resolution_warned_at is null, false) as res_warn_due,
          coalesce(p.on_warning, '[]'::jsonb) as on_warning, coalesce(p.on_breach, '[]'::jsonb) as on_breach,
          m.manager_id
        from tickets t join ticket_sla_checks c on c.ticket_id = t.id
          left join sla_policies p on p.id = t.sla_policy_id
          left join unnest(${sql.param([...options.managers.keys()])}::int[],
            ${sql.param([...options.managers.values()])}::int[]) as m(employee_id, manager_id)
            on m.employee_id = t.assigned_to
        where t.id = any(${sql.param(options.ids)}::int[])
      ), decided as (
        select due.*,
          fr_warn_due and not fr_breach as fr_warn,
          res_warn_due and not res_breach as res_warn,
          priority <> 'urgent' and (
            ((fr_warn_due and not fr_breach or res_warn_due and not res_breach)
              and on_warning @> '["raise_priority"]'::jsonb)
            or ((fr_breach or res_breach) and on_breach @> '["raise_priority"]'::jsonb)) as raise
        from due
      ), final as (
        select decided.*, case when raise
            then (case priority when 'low' then 'medium' when 'medium' then 'high' else 'urgent' end)
            else priority end as new_priority
        from decided
      ), checked as (
        update ticket_sla_checks c set
          first_response_warned_at = case when d.fr_warn_due or d.fr_breach
            then coalesce(c.first_response_warned_at, ${at}) else c.first_response_warned_at end,
          first_response_breached_at = case when d.fr_breach then ${at} else c.first_response_breached_at end,
          resolution_warned_at = case when d.res_warn_due or d.res_breach
            then coalesce(c.resolution_warned_at, ${at}) else c.resolution_warned_at end,
          resolution_breached_at = case when d.res_breach then ${at} else c.resolution_breached_at end,
          next_check_at = least(
            case when c.first_response_warned_at is null and not (d.fr_warn_due or d.fr_breach)
              then d.first_response_warn_at end,
            case when c.first_response_breached_at is null and not d.fr_breach then d.first_response_due_at end,
            case when c.resolution_warned_at is null and not (d.res_warn_due or d.res_breach)
              then d.resolution_warn_at end,
            case when c.resolution_breached_at is null and not d.res_breach then d.resolution_due_at end)
        from final d where c.ticket_id = d.id
        returning c.ticket_id
      ), raised as (
        update tickets t set priority = d.new_priority, version = t.version + 1, updated_at = ${at}
        from final d where t.id = d.id and d.raise
        returning t.id
      ), firing as (
        select d.id, d.client_id, d.assigned_to, f.position, f.target, f.stage, f.due_at,
          coalesce(taken.escalations, '[]'::jsonb) as escalations, coalesce(taken.count, 0) as escalation_count,
          coalesce(taken.reassign, false) as reassign
        from final d cross join lateral (values
          (1, 'first_response', 'warning', d.fr_warn, d.first_response_due, d.on_warning),
          (2, 'first_response', 'breach', d.fr_breach, d.first_response_due, d.on_breach),
          (3, 'resolution', 'warning', d.res_warn, d.resolution_due, d.on_warning),
          (4, 'resolution', 'breach', d.res_breach, d.resolution_due, d.on_breach)
        ) as f(position, target, stage, fired, due_at, actions)
        left join lateral (
          select jsonb_agg(jsonb_build_object('action', a.action) || case a.action
                when 'notify_manager' then jsonb_build_object('managerEmployeeId', d.manager_id)
                when 'raise_priority' then jsonb_build_object('from', d.priority, 'to', d.new_priority)
                else jsonb_build_object('from', d.assigned_to) end
              order by a.n) as escalations,
            count(*) as count, bool_or(a.action = 'reassign') as reassign
          from jsonb_array_elements_text(f.actions) with ordinality as a(action, n)
          where a.action in ('notify_manager', 'reassign') or (a.action = 'raise_priority' and d.raise)
        ) as taken on true
        where f.fired
      ), history as (
        insert into ticket_events (ticket_id, kind, data, created_at)
        select ticket_id, kind, data, ${at} from (
          select id as ticket_id, position as seq,
            case stage when 'warning' then 'sla_warning' else 'sla_breached' end as kind,
            jsonb_build_object('target', target, 'dueAt', due_at, 'escalations', escalations) as data
          from firing
          union all
          select id, 10, 'priority_changed',
            jsonb_build_object('from', priority, 'to', new_priority, 'reason', ${RAISE_REASON}::text)
          from final where raise
        ) as entry order by ticket_id, seq
      ), events as (
        insert into domain_events (type, aggregate_type, aggregate_id, payload)
        select type, 'ticket', ticket_id, payload from (
          select id as ticket_id, position as seq,
            case stage when 'warning' then 'ticket.sla_warning' else 'ticket.sla_breached' end as type,
            jsonb_build_object('clientId', client_id, 'target', target, 'dueAt', due_at,
              'assignedTo', assigned_to, 'escalations', escalations) as payload
          from firing
          union all
          select id, 10, 'ticket.priority_changed',
            jsonb_build_object('clientId', client_id, 'from', priority, 'to', new_priority,
              'reason', ${RAISE_REASON}::text)
          from final where raise
        ) as event order by ticket_id, seq
      )
      select
        (select count(*) from final)::int as selected,
        (select count(*) from firing where stage = 'warning')::int as warned,
        (select count(*) from firing where stage = 'breach')::int as breached,
        (select coalesce(sum(escalation_count), 0) from firing)::int as escalations,
        (select json_agg(json_build_object('employeeId', assigned_to, 'from', priority, 'to', new_priority,
            'status', status))
          from final where raise and assigned_to is not null) as raised,
        (select json_agg(json_build_object('id', r.id, 'clientId', r.client_id, 'queueId', r.queue_id,
            'categoryId', r.category_id, 'priority', r.new_priority, 'status', r.status,
            'assignedTo', r.assigned_to, 'target', r.target, 'stage', r.stage))
          from (select distinct on (f.id) f.id, d.client_id, d.queue_id, d.category_id, d.new_priority, d.status,
              d.assigned_to, f.target, f.stage
            from firing f join final d on d.id = f.id
            where f.reassign order by f.id, f.position) as r) as reassign`,
  );
}

async function sweepBatch(executor: Executor, now: Date, batchSize: number) {
  const claimed = await claimDue(executor, now, batchSize);
  if (claimed.length === 0) return { selected: 0, warned: 0, breached: 0, escalations: 0 };
  const assignees = [
    ...new Set(claimed.flatMap((row) => (row.assigned_to === null ? [] : [row.assigned_to]))),
  ];
  const managers = new Map(
    (await findEmployeeCards(executor, assignees)).map((employee) => [employee.id, employee.managerId]),
  );
  const [acted] = await actOnDue(executor, { ids: claimed.map((row) => row.id), now, managers });
  if (!acted) throw new Error('the SLA sweep statement returned nothing');

  // Raised priorities weigh more in their agents' load; reassignments route (locks: queues, then agents).
  const weighted = (acted.raised ?? []).filter((raised) => isActiveStatus(raised.status));
  const reassign = acted.reassign ?? [];
  if (weighted.length > 0 || reassign.length > 0) {
    const session = new RoutingSession(executor, { now, actor: null, bumpVersion: true });
    await session.lock({
      memberQueueIds: reassign.flatMap((ticket) => (ticket.queueId === null ? [] : [ticket.queueId])),
      agentIds: [
        ...weighted.map((raised) => raised.employeeId),
        ...reassign.flatMap((ticket) => (ticket.assignedTo === null ? [] : [ticket.assignedTo])),
      ],
    });
    for (const raised of weighted) {
      session.changeLoad(raised.employeeId, {
        tickets: 0,
        weight: priorityWeights[raised.to] - priorityWeights[raised.from],
      });
    }
    await session.route(
      reassign.map((ticket) => ({
        ticket,
        why: `SLA ${ticket.target.replace('_', ' ')} ${ticket.stage} escalation`,
        whenNobody: 'keep' as const,
      })),
    );
    await session.flush();
  }
  return acted;
}

/**
 * Finds due SLA warnings and breaches and acts on them: history entries, `ticket.sla_warning` /
 * `ticket.sla_breached` events naming the policy's escalations, and the escalations themselves (raise priority
 * one step; reassign by the queue's strategy). Works in batches, each its own transaction; safe to run on several
 * instances at once (due tickets are claimed with SKIP LOCKED and marked before their lock is let go). No
 * calendar maths: the instants were computed when the clocks last moved.
 */
export async function runSlaSweep(
  db: Database,
  options: { now?: Date; batchSize?: number; workers?: number } = {},
): Promise<SlaSweepResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const totals = { warned: 0, breached: 0, escalations: 0 };
  let batches = 0;
  // Workers claim disjoint batches (SKIP LOCKED), so a large backlog is worked on several connections at once.
  const worker = async () => {
    while (batches < MAX_BATCHES) {
      batches++;
      const result = await db.transaction((tx) => sweepBatch(tx, now, batchSize));
      totals.warned += result.warned;
      totals.breached += result.breached;
      totals.escalations += result.escalations;
      if (result.selected < batchSize) return;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers ?? DEFAULT_WORKERS) }, worker));
  return { ...totals, tookMs: Math.round(performance.now() - started) };
}
