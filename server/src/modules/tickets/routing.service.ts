import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../../platform/db/database';
import { executeTogether, type Write } from '../../platform/db/write-together';
import { eventsInsert, type PendingEvent, pendingEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { findEmployeeSkillLevels } from '../workforce';
import { type LoadChange, loadChangesUpdate, type RoutingAgentState } from './agent.repository';
import { findSkillRequirements } from './category.repository';
import { ticketAssigned } from './events';
import {
  findQueueIdsOfEmployees,
  hasWaitingTickets,
  lastAssigneeUpdate,
  type QueueRow,
} from './queue.repository';
import {
  chooseAgent,
  priorityWeights,
  type RoutingCandidate,
  type RoutingDecision,
  type SkillRequirement,
  type TicketPriority,
} from './routing.util';
import { lockForRouting } from './routing-lock.repository';
import type { TicketRow } from './ticket-engine';
import { historyInsert, type TicketHistoryEntry } from './ticket-history.repository';
import { activeTicketStatuses, type TicketStatus } from './ticket-workflow.util';

/**
 * Which of an agent's tickets go to others: when they go offline, those nobody has answered yet (answered
 * ones wait for them); when they go on leave or leave the company, every ticket still open.
 */
export type Handover = 'unanswered' | 'all_open';

function handoverCondition(employeeId: number, handover: Handover) {
  return handover === 'unanswered'
    ? sql`t.assigned_to = ${employeeId} and t.status in ('new', 'open', 'on_hold') and t.first_responded_at is null`
    : sql`t.assigned_to = ${employeeId} and t.status in ('new', 'open', 'pending', 'on_hold')`;
}

/** The queues of the tickets an agent hands over (read without locks, to lock them in order first). */
export async function handoverTicketQueues(
  executor: Executor,
  employeeId: number,
  handover: Handover,
): Promise<number[]> {
  const rows = await queryRows<{ queue_id: number }>(
    executor,
    sql`select distinct t.queue_id from tickets t
      where ${handoverCondition(employeeId, handover)} and t.queue_id is not null`,
  );
  return rows.map((row) => row.queue_id);
}

/** What routing needs to know of a ticket. */
export type RoutableTicket = Pick<
  TicketRow,
  'id' | 'clientId' | 'queueId' | 'categoryId' | 'priority' | 'status' | 'assignedTo'
>;

export type RouteRequest = {
  ticket: RoutableTicket;
  /** Why the ticket is being routed, in words for its history ("new ticket", "SLA escalation" …). */
  why: string;
  /** When nobody else can take it, an assigned ticket stays with its agent or goes back to wait. */
  whenNobody: 'keep' | 'unassign';
  /** Whether the ticket's version moves; by default as the session says. */
  bumpVersion?: boolean;
};

export type RouteOutcome = { ticketId: number; from: number | null; to: number | null; reason: string };

const activeStatuses = new Set<TicketStatus>(activeTicketStatuses);
export const isActiveStatus = (status: TicketStatus) => activeStatuses.has(status);

/** What a ticket adds to its assignee's load: active tickets count, weighted by priority; others nothing. */
export function loadOf(ticket: { status: TicketStatus; priority: TicketPriority }) {
  return isActiveStatus(ticket.status)
    ? { tickets: 1, weight: priorityWeights[ticket.priority] }
    : { tickets: 0, weight: 0 };
}

// An agent with no capacity limit is handed at most this many waiting tickets at once.
const UNLIMITED_OFFER = 25;

const priorityRank = sql.raw(
  `case t.priority when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end`,
);

type WaitingTicketRow = {
  id: number;
  client_id: number;
  queue_id: number;
  priority: TicketPriority;
  status: TicketStatus;
  created_at: Date | string;
};

/**
 * The writes of one transaction's routing, batched: row locks are taken in one order (queues by id, then
 * agents by employee id, then other tickets with SKIP LOCKED), decisions see the load of those before them,
 * and `flush` writes assignments, load counters, turns, history and events in one statement.
 */
export class RoutingSession {
  private readonly queues = new Map<number, QueueRow>();
  private readonly lockedMembersOf = new Set<number>();
  private readonly members = new Map<number, Set<number>>();
  private readonly agents = new Map<number, RoutingAgentState>();
  private readonly queuesOfAgent = new Map<number, number[]>();
  private readonly loadChanges = new Map<number, LoadChange>();
  // Ticket id → its new assignee, and whether its version moves (not for a ticket its caller is changing).
  private readonly assignments = new Map<number, { to: number | null; bumpVersion: boolean }>();
  private readonly turns = new Map<number, number>();
  private readonly history: TicketHistoryEntry[] = [];
  private readonly events: PendingEvent[] = [];
  private readonly alongside: Write[] = [];

  constructor(
    private readonly executor: Executor,
    private readonly options: { now: Date; actor: AuditActor | null; bumpVersion: boolean },
  ) {}

  get now() {
    return this.options.now;
  }

  /** The assignee this session gives the ticket (not yet written), or undefined when it does not touch it. */
  assignmentOf(ticketId: number): { to: number | null } | undefined {
    return this.assignments.get(ticketId);
  }

  /** History entries and events that come before this session's own (a new ticket's), written by `flush`. */
  prepend(history: readonly TicketHistoryEntry[], events: readonly PendingEvent[]) {
    this.history.unshift(...history);
    this.events.unshift(...events);
  }

  /** Other writes of the same change (its audit entry), independent of the session's, sent with them. */
  writeAlongside(writes: readonly Write[]) {
    this.alongside.push(...writes);
  }

  /** Tickets this session has (re)assigned so far. */
  get touchedTickets(): ReadonlySet<number> {
    return new Set(this.assignments.keys());
  }

  agent(employeeId: number): RoutingAgentState | undefined {
    return this.agents.get(employeeId);
  }

  /**
   * Locks queues, the online members of `memberQueueIds` and the named agents. Call it once with everything
   * an operation needs: later calls only add rows, and rows added later can break the lock order.
   */
  async lock(needs: {
    queueIds?: readonly number[];
    memberQueueIds?: readonly number[];
    agentIds?: readonly number[];
  }): Promise<void> {
    const memberQueueIds = [...new Set(needs.memberQueueIds ?? [])].filter(
      (id) => !this.lockedMembersOf.has(id),
    );
    const queueIds = [...new Set([...(needs.queueIds ?? []), ...memberQueueIds])]
      .filter((id) => !this.queues.has(id))
      .sort((a, b) => a - b);
    const agentIds = [...new Set(needs.agentIds ?? [])].filter((id) => !this.agents.has(id));
    if (queueIds.length === 0 && memberQueueIds.length === 0 && agentIds.length === 0) return;
    const locked = await lockForRouting(this.executor, { queueIds, memberQueueIds, employeeIds: agentIds });
    for (const queue of locked.queues) this.queues.set(queue.id, queue);
    const rows = locked.agents;
    for (const queueId of memberQueueIds) {
      this.lockedMembersOf.add(queueId);
      if (!this.members.has(queueId)) this.members.set(queueId, new Set());
    }
    for (const row of rows) {
      const { memberOf, ...state } = row;
      if (!this.agents.has(state.employeeId)) this.agents.set(state.employeeId, state);
      for (const queueId of memberOf) this.members.get(queueId)?.add(state.employeeId);
    }
  }

  /**
   * The queues of these agents that have tickets waiting, remembered for `offer`: lock them (with the
   * agents) before changing the agents' load, so that offering later keeps the lock order.
   */
  async queuesToOffer(employeeIds: readonly number[]): Promise<number[]> {
    const found: number[] = [];
    for (const employeeId of new Set(employeeIds)) {
      const queueIds = await findQueueIdsOfEmployees(this.executor, [employeeId]);
      this.queuesOfAgent.set(employeeId, queueIds);
      found.push(...queueIds);
    }
    const unique = [...new Set(found)];
    return (await hasWaitingTickets(this.executor, unique)) ? unique : [];
  }

  /** Remembers an agent's queues for `offer` without looking for waiting tickets first. */
  rememberQueuesOf(employeeId: number, queueIds: readonly number[]) {
    this.queuesOfAgent.set(employeeId, [...queueIds]);
  }

  /**
   * Takes an agent's tickets (`handover` says which) and routes them to others; what nobody can take goes
   * back to wait in its queue. Tickets another transaction holds are skipped (`skipped` says how many, for a
   * later try). Lock the tickets' queues first (`handoverTicketQueues`).
   */
  async handOver(
    employeeId: number,
    handover: Handover,
    why: string,
  ): Promise<{ released: number; skipped: number }> {
    const handedOver = handoverCondition(employeeId, handover);
    const rows = await queryRows<{
      id: number;
      client_id: number;
      queue_id: number | null;
      category_id: number | null;
      priority: TicketPriority;
      status: TicketStatus;
    }>(
      this.executor,
      sql`select t.id, t.client_id, t.queue_id, t.category_id, t.priority, t.status from tickets t
        where ${handedOver}
        order by ${priorityRank} desc, t.created_at, t.id
        for update of t skip locked`,
    );
    await this.route(
      rows.map((row) => ({
        ticket: {
          id: row.id,
          clientId: row.client_id,
          queueId: row.queue_id,
          categoryId: row.category_id,
          priority: row.priority,
          status: row.status,
          assignedTo: employeeId,
        },
        why,
        whenNobody: 'unassign' as const,
      })),
    );
    const [left] = await queryRows<{ total: number }>(
      this.executor,
      sql`select count(*)::int as total from tickets t where ${handedOver}
        and not (t.id = any(${sql.param(rows.map((row) => row.id))}::int[]))`,
    );
    return { released: rows.length, skipped: left?.total ?? 0 };
  }

  /** Adds to an agent's load (negative takes away); the agent must be locked before `flush`. */
  changeLoad(employeeId: number, load: { tickets: number; weight: number }, assigned = false) {
    const change = this.loadChanges.get(employeeId) ?? { employeeId, tickets: 0, weight: 0, assigned: false };
    change.tickets += load.tickets;
    change.weight += load.weight;
    change.assigned ||= assigned;
    this.loadChanges.set(employeeId, change);
    const state = this.agents.get(employeeId);
    if (state) {
      state.activeTickets += load.tickets;
      state.weightedLoad += load.weight;
    }
  }

  /**
   * A new assignee the caller records in the ticket's history itself (a person's assignment: the ticket
   * service writes that entry and bumps the version).
   */
  setAssignee(ticketId: number, to: number | null) {
    this.assignments.set(ticketId, { to, bumpVersion: false });
  }

  /** Records a ticket's new assignee, its history entry and its `ticket.assigned` event. */
  recordAssignment(
    ticket: Pick<RoutableTicket, 'id' | 'clientId'>,
    change: {
      from: number | null;
      to: number | null;
      automatic: boolean;
      reason: string;
      actor: AuditActor | null;
      details?: Record<string, unknown>;
      bumpVersion?: boolean;
    },
  ) {
    this.assignments.set(ticket.id, {
      to: change.to,
      bumpVersion: change.bumpVersion ?? this.options.bumpVersion,
    });
    this.history.push({
      ticketId: ticket.id,
      kind: change.to === null ? 'unassigned' : 'assigned',
      actor: change.actor,
      at: this.now,
      data: {
        from: change.from,
        to: change.to,
        automatic: change.automatic,
        reason: change.reason,
        ...change.details,
      },
    });
    this.events.push(
      pendingEvent(ticketAssigned, {
        aggregateId: ticket.id,
        payload: {
          clientId: ticket.clientId,
          from: change.from,
          to: change.to,
          automatic: change.automatic,
          reason: change.reason,
        },
        actor: this.options.actor ?? undefined,
      }),
    );
  }

  recordHistory(entry: TicketHistoryEntry) {
    this.history.push({ at: this.now, ...entry });
  }

  recordEvent(event: PendingEvent) {
    this.events.push(event);
  }

  /**
   * Routes tickets by their queues' strategies, each decision seeing the load of those before it. An
   * assigned ticket goes to someone other than its agent. Locks what it needs unless already held.
   */
  async route(requests: readonly RouteRequest[]): Promise<RouteOutcome[]> {
    const queueIds = requests.flatMap((request) =>
      request.ticket.queueId === null ? [] : [request.ticket.queueId],
    );
    await this.lock({
      memberQueueIds: queueIds,
      agentIds: requests.flatMap((request) =>
        request.ticket.assignedTo === null ? [] : [request.ticket.assignedTo],
      ),
    });
    const requirements = await this.skillRequirements(requests);
    const skillLevels = await this.skillLevels(requests, requirements);

    const outcomes: RouteOutcome[] = [];
    for (const { ticket, why, whenNobody, bumpVersion } of requests) {
      const queue = ticket.queueId === null ? undefined : this.queues.get(ticket.queueId);
      const from = ticket.assignedTo;
      if (!queue) {
        const reason = `${why}; the ticket is in no queue`;
        if (from !== null && whenNobody === 'unassign') {
          const load = loadOf(ticket);
          this.changeLoad(from, { tickets: -load.tickets, weight: -load.weight });
          this.recordAssignment(ticket, {
            from,
            to: null,
            automatic: true,
            reason,
            actor: null,
            bumpVersion,
          });
          outcomes.push({ ticketId: ticket.id, from, to: null, reason });
        } else {
          outcomes.push({ ticketId: ticket.id, from, to: from, reason });
        }
        continue;
      }
      const required = this.requirementOf(queue, ticket, requirements);
      const candidates = [...(this.members.get(queue.id) ?? [])]
        .filter((employeeId) => employeeId !== from)
        .flatMap((employeeId) => {
          const state = this.agents.get(employeeId);
          return state && state.availability === 'online' ? [toCandidate(state, skillLevels)] : [];
        });
      const decision = chooseAgent({
        strategy: queue.strategy,
        candidates,
        lastAssigneeId: this.turns.get(queue.id) ?? queue.lastAssignedEmployeeId,
        requiredSkills: required,
      });
      const load = loadOf(ticket);
      if (decision) {
        if (from !== null) this.changeLoad(from, { tickets: -load.tickets, weight: -load.weight });
        this.changeLoad(decision.employeeId, load, true);
        if (queue.strategy === 'round_robin') this.turns.set(queue.id, decision.employeeId);
        const reason = `${why}; ${decision.reason}`;
        this.recordAssignment(ticket, {
          from,
          to: decision.employeeId,
          automatic: true,
          reason,
          actor: null,
          details: { strategy: decision.strategy, queueId: queue.id, queueName: queue.name },
          bumpVersion,
        });
        outcomes.push({ ticketId: ticket.id, from, to: decision.employeeId, reason });
        continue;
      }
      const nobody = whyNobody(candidates, required, decision);
      if (from !== null && whenNobody === 'unassign') {
        this.changeLoad(from, { tickets: -load.tickets, weight: -load.weight });
        const reason = `${why}; ${nobody}, back to wait in ${queue.name}`;
        this.recordAssignment(ticket, { from, to: null, automatic: true, reason, actor: null, bumpVersion });
        outcomes.push({ ticketId: ticket.id, from, to: null, reason });
      } else if (from === null) {
        const reason = `${why}; waiting in ${queue.name}: ${nobody}`;
        this.recordHistory({
          ticketId: ticket.id,
          kind: 'queued',
          actor: null,
          data: { queueId: queue.id, queueName: queue.name, reason },
        });
        outcomes.push({ ticketId: ticket.id, from, to: null, reason });
      } else {
        outcomes.push({ ticketId: ticket.id, from, to: from, reason: nobody });
      }
    }
    return outcomes;
  }

  /**
   * Hands an online agent the oldest tickets of the highest priority waiting in their queues, up to their
   * capacity. Only queues already locked by this session are looked at (see `queuesToOffer`); tickets
   * another transaction holds are skipped, never waited for.
   */
  async offer(employeeId: number, why: string, excludeTicketIds: readonly number[] = []): Promise<number> {
    const queueIds = (this.queuesOfAgent.get(employeeId) ?? []).filter((id) => this.queues.has(id));
    const state = this.agents.get(employeeId);
    if (queueIds.length === 0 || !state || state.availability !== 'online') return 0;
    const room = state.capacity === null ? UNLIMITED_OFFER : state.capacity - state.activeTickets;
    if (room <= 0) return 0;
    const skillBased = queueIds.some((id) => this.queues.get(id)?.strategy === 'skill_based');
    const levels = skillBased
      ? ((await findEmployeeSkillLevels(this.executor, [employeeId])).get(employeeId) ??
        new Map<number, number>())
      : new Map<number, number>();
    const exclude = [...excludeTicketIds, ...this.assignments.keys()];
    const rows = await queryRows<WaitingTicketRow>(
      this.executor,
      sql`select t.id, t.client_id, t.queue_id, t.priority, t.status, t.created_at
        from tickets t
        join ticket_queues q on q.id = t.queue_id
        left join ticket_categories c on c.id = t.category_id
        where t.queue_id = any(${sql.param(queueIds)}::int[])
          and t.assigned_to is null and t.status in ('new', 'open', 'on_hold')
          and not (t.id = any(${sql.param(exclude)}::int[]))
          and (q.strategy <> 'skill_based' or c.skill_id is null or exists (
            select 1 from unnest(${sql.param([...levels.keys()])}::int[], ${sql.param([...levels.values()])}::int[])
              as skill(id, level)
            where skill.id = c.skill_id and skill.level >= c.min_skill_level))
        order by ${priorityRank} desc, t.created_at, t.id
        limit ${room}
        for update of t skip locked`,
    );
    for (const row of rows) {
      const queue = this.queues.get(row.queue_id) as QueueRow;
      this.changeLoad(employeeId, loadOf(row), true);
      if (queue.strategy === 'round_robin') this.turns.set(queue.id, employeeId);
      const waitedSince = new Date(row.created_at).toISOString();
      this.recordAssignment(
        { id: row.id, clientId: row.client_id },
        {
          from: null,
          to: employeeId,
          automatic: true,
          reason: `${why}; the oldest ${row.priority} ticket waiting in ${queue.name} (since ${waitedSince})`,
          actor: null,
          details: { strategy: queue.strategy, queueId: queue.id, queueName: queue.name },
        },
      );
    }
    return rows.length;
  }

  /** Writes everything decided so far. */
  async flush(): Promise<void> {
    const unlocked = [...this.loadChanges.keys()].filter((id) => !this.agents.has(id));
    if (unlocked.length > 0) await this.lock({ agentIds: unlocked });
    const { executor, now } = this;
    let assignmentUpdate: SQL | null = null;
    if (this.assignments.size > 0) {
      const entries = [...this.assignments.entries()];
      assignmentUpdate = sql`update tickets t set
            assigned_to = assignment.employee_id,
            assigned_at = case when assignment.employee_id is null then null
              else ${now.toISOString()}::timestamptz end,
            version = t.version + case when assignment.bump then 1 else 0 end,
            updated_at = case when assignment.bump then ${now.toISOString()}::timestamptz else t.updated_at end
          from unnest(${sql.param(entries.map(([ticketId]) => ticketId))}::int[],
            ${sql.param(entries.map(([, assignment]) => assignment.to))}::int[],
            ${sql.param(entries.map(([, assignment]) => assignment.bumpVersion))}::boolean[])
            as assignment(ticket_id, employee_id, bump)
          where t.id = assignment.ticket_id`;
    }
    // Each write touches its own rows: one round trip for all of them.
    await executeTogether(executor, [
      assignmentUpdate,
      loadChangesUpdate([...this.loadChanges.values()], now),
      lastAssigneeUpdate(this.turns),
      historyInsert(executor, this.history),
      eventsInsert(this.events),
      ...this.alongside,
    ]);
    this.assignments.clear();
    this.loadChanges.clear();
    this.turns.clear();
    this.history.length = 0;
    this.events.length = 0;
    this.alongside.length = 0;
  }

  private requirementOf(
    queue: QueueRow,
    ticket: RoutableTicket,
    requirements: ReadonlyMap<number, SkillRequirement>,
  ): SkillRequirement[] {
    if (queue.strategy !== 'skill_based' || ticket.categoryId === null) return [];
    const requirement = requirements.get(ticket.categoryId);
    return requirement ? [requirement] : [];
  }

  private async skillRequirements(requests: readonly RouteRequest[]) {
    const categoryIds = requests.flatMap(({ ticket }) => {
      const queue = ticket.queueId === null ? undefined : this.queues.get(ticket.queueId);
      return queue?.strategy === 'skill_based' && ticket.categoryId !== null ? [ticket.categoryId] : [];
    });
    return findSkillRequirements(this.executor, [...new Set(categoryIds)]);
  }

  private async skillLevels(
    requests: readonly RouteRequest[],
    requirements: ReadonlyMap<number, SkillRequirement>,
  ): Promise<Map<number, Map<number, number>>> {
    if (requirements.size === 0) return new Map();
    const candidateIds = new Set<number>();
    for (const { ticket } of requests) {
      const queueId = ticket.queueId;
      if (queueId === null || this.queues.get(queueId)?.strategy !== 'skill_based') continue;
      for (const employeeId of this.members.get(queueId) ?? []) candidateIds.add(employeeId);
    }
    const skillIds = [...new Set([...requirements.values()].map((requirement) => requirement.skillId))];
    return findEmployeeSkillLevels(this.executor, [...candidateIds], skillIds);
  }
}

function toCandidate(
  state: RoutingAgentState,
  skillLevels: ReadonlyMap<number, Map<number, number>>,
): RoutingCandidate {
  return {
    employeeId: state.employeeId,
    availability: state.availability,
    openTickets: state.activeTickets,
    weightedLoad: state.weightedLoad,
    capacity: state.capacity,
    skills: skillLevels.get(state.employeeId) ?? new Map(),
  };
}

/** Why nobody could take a ticket, for its history. */
function whyNobody(
  candidates: readonly RoutingCandidate[],
  required: readonly SkillRequirement[],
  decision: RoutingDecision | null,
): string {
  if (decision) return '';
  if (candidates.length === 0) return 'no other agent of the queue is online';
  const withRoom = candidates.filter(
    (candidate) => candidate.capacity === null || candidate.openTickets < candidate.capacity,
  );
  if (withRoom.length === 0) return 'every online agent is at capacity';
  if (required.length > 0) return 'no available agent has the skill the category needs';
  return 'no agent can take it';
}

/**
 * Offers waiting tickets to each of these agents, one transaction each (after a change that gave them new
 * queues or room, once that change has committed). Agents who are not online get nothing.
 */
export async function offerWaitingTicketsTo(
  db: Database,
  options: { employeeIds: readonly number[]; why: string; now: Date; actor: AuditActor | null },
): Promise<number> {
  let handed = 0;
  for (const employeeId of new Set(options.employeeIds)) {
    handed += await db.transaction(async (tx) => {
      const session = new RoutingSession(tx, { now: options.now, actor: options.actor, bumpVersion: true });
      const queueIds = await session.queuesToOffer([employeeId]);
      if (queueIds.length === 0) return 0;
      await session.lock({ queueIds, agentIds: [employeeId] });
      const count = await session.offer(employeeId, options.why);
      await session.flush();
      return count;
    });
  }
  return handed;
}
