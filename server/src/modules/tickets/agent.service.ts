import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database, Executor } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { recordAudit } from '../identity';
import { findEmployeeByUserId, findEmployeeCards } from '../workforce';
import {
  type AgentListRow,
  ensureAgentStates,
  findAgent,
  findAgents,
  findAgentsUnseenSince,
  hasAgentState,
  recordAgentSeen,
  updateAgentState,
} from './agent.repository';
import { findQueueIdsOfEmployees } from './queue.repository';
import { type Handover, handoverTicketQueues, RoutingSession } from './routing.service';
import type { AgentAvailability } from './routing.util';

export type AgentChanges = { availability?: AgentAvailability; capacity?: number | null };

// What a change of state also records: when the agent's own app was last heard from (null: unknown).
type StateChanges = AgentChanges & { lastSeenAt?: Date | null };

/**
 * Tickets an agent gives up with a change of state, and the reason their history gives; `stillDue`, checked
 * once the agent is locked, can call the change off (nothing changes then).
 */
type HandoverPlan = {
  handover: Handover;
  why: (name: string) => string;
  stillDue?: (executor: Executor) => Promise<boolean>;
};

const goingOffline: HandoverPlan = {
  handover: 'unanswered',
  why: (name) => `${name} went offline before answering`,
};

const leftTheApp = (employeeId: number, minutes: number, before: Date): HandoverPlan => ({
  handover: 'unanswered',
  why: (name) => `${name} had not had the app open for ${minutes} minutes`,
  // The app may have spoken up (or the agent changed their state) since the candidates were read.
  stillDue: async (executor) => (await findAgentsUnseenSince(executor, before, employeeId)).length > 0,
});

const leavingReasons = {
  on_leave: (name: string) => `${name} is on leave`,
  terminated: (name: string) => `${name} no longer works here`,
};

const invalidCursor = () =>
  new AppError('invalid_cursor', 400, 'Invalid cursor: pass back the nextCursor of the agent list', {
    errors: [{ parameter: 'querystring.cursor', message: 'not a cursor of this list' }],
  });

function decodeCursor(cursor: string): { name: string; id: number } {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && Number.isSafeInteger(id)) return { name, id: id as number };
  } catch {
    // Falls through to the same answer as a well-formed but wrong cursor.
  }
  throw invalidCursor();
}

const encodeCursor = (row: AgentListRow) =>
  Buffer.from(JSON.stringify([row.name, row.employeeId])).toString('base64url');

// Tickets another transaction holds when an agent hands work over are retried this many times.
const RELEASE_ATTEMPTS = 3;

/**
 * Agents' availability and capacity. Going online or getting more room hands them waiting tickets; going
 * offline sends their unanswered tickets to others (or back to wait), and going on leave or leaving the
 * company all their open ones. Either way in one transaction with the change, locking the agent's queues
 * first like routing does.
 */
export function createAgentService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function requireOwnEmployee(user: AuthenticatedUser) {
    const employee = await findEmployeeByUserId(db, user.id);
    if (!employee) {
      throw new AppError(
        'not_an_agent',
        409,
        'Your account is not linked to an employee; ask an administrator to link it before taking tickets',
      );
    }
    return employee;
  }

  async function requireEmployee(employeeId: number) {
    const [employee] = await findEmployeeCards(db, [employeeId]);
    if (!employee) throw notFound('employee', employeeId);
    return employee;
  }

  /**
   * Applies `changes`; `plan` says what the agent hands over: by default, going offline hands over what
   * nobody has answered yet, once.
   */
  async function changeState(
    actor: AuditActor,
    employeeId: number,
    changes: StateChanges,
    plan?: HandoverPlan,
  ) {
    const employee = await requireEmployee(employeeId);
    if (changes.availability === 'online' && employee.status !== 'active') {
      throw new AppError('agent_not_active', 409, `${employee.name} is ${employee.status.replace('_', ' ')}`);
    }
    const outcome = await db.transaction(async (tx) => {
      await ensureAgentStates(tx, [employeeId]);
      const ownQueues = await findQueueIdsOfEmployees(tx, [employeeId]);
      const handingOver = plan ?? (changes.availability === 'offline' ? goingOffline : undefined);
      const ticketQueues = handingOver
        ? await handoverTicketQueues(tx, employeeId, handingOver.handover)
        : [];
      const session = new RoutingSession(tx, { now: clock(), actor, bumpVersion: true });
      await session.lock({ queueIds: ownQueues, memberQueueIds: ticketQueues, agentIds: [employeeId] });
      const state = session.agent(employeeId);
      if (!state) throw notFound('employee', employeeId);
      if (plan?.stillDue && !(await plan.stillDue(tx))) return null;
      const before = { availability: state.availability, capacity: state.capacity };
      const updated = await updateAgentState(tx, employeeId, changes);
      if (!updated) throw notFound('employee', employeeId);
      state.availability = updated.availability;
      state.capacity = updated.capacity;

      let released = { released: 0, skipped: 0 };
      let offered = 0;
      const moreRoom =
        updated.capacity === null
          ? before.capacity !== null
          : before.capacity !== null && updated.capacity > before.capacity;
      if (updated.availability === 'online' && (before.availability !== 'online' || moreRoom)) {
        session.rememberQueuesOf(employeeId, ownQueues);
        offered = await session.offer(
          employeeId,
          before.availability === 'online'
            ? `${employee.name} got more capacity`
            : `${employee.name} came online`,
        );
      }
      // Going offline hands over once; a plan (leaving, the app closed) whatever the agent's state was.
      const handover = plan ?? (before.availability !== 'offline' ? handingOver : undefined);
      if (handover) {
        released = await session.handOver(employeeId, handover.handover, handover.why(employee.name));
      }
      await session.flush();
      await recordAudit(tx, actor, {
        action: 'update',
        resource: 'ticket_agent',
        resourceId: employeeId,
        before,
        after: { availability: updated.availability, capacity: updated.capacity },
      });
      return { released, offered, handover };
    });
    // Tickets someone else was changing at that moment go on once they are free.
    const handover = outcome?.handover;
    for (
      let attempt = 1;
      outcome && handover && attempt < RELEASE_ATTEMPTS && outcome.released.skipped > 0;
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      outcome.released = await handOverAgain(
        employeeId,
        handover.handover,
        handover.why(employee.name),
        actor,
      );
    }
    const agent = await findAgent(db, employeeId);
    if (!agent) throw notFound('employee', employeeId);
    return agent;
  }

  function handOverAgain(employeeId: number, handover: Handover, why: string, actor: AuditActor) {
    return db.transaction(async (tx) => {
      const ticketQueues = await handoverTicketQueues(tx, employeeId, handover);
      const session = new RoutingSession(tx, { now: clock(), actor, bumpVersion: true });
      await session.lock({ memberQueueIds: ticketQueues, agentIds: [employeeId] });
      if (session.agent(employeeId)?.availability !== 'offline') return { released: 0, skipped: 0 };
      const released = await session.handOver(employeeId, handover, why);
      await session.flush();
      return released;
    });
  }

  return {
    async listAgents(query: { limit: number; cursor?: string }) {
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await findAgents(db, { limit: query.limit + 1, after });
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
    },

    /** The caller's own agent state (offline, with no load, if they have never worked tickets). */
    async myAgent(user: AuthenticatedUser) {
      const employee = await requireOwnEmployee(user);
      const agent = await findAgent(db, employee.id);
      if (!agent) throw notFound('employee', employee.id);
      return agent;
    },

    /** The caller's own availability: their account must belong to an employee. */
    async setMyAvailability(actor: AuditActor, user: AuthenticatedUser, availability: AgentAvailability) {
      const employee = await requireOwnEmployee(user);
      // Whoever sets their own availability has the app open.
      return changeState(actor, employee.id, { availability, lastSeenAt: clock() });
    },

    /** The caller's app says it is open; nothing to note for someone who has never worked tickets. */
    async recordMyPresence(user: AuthenticatedUser) {
      const employee = await requireOwnEmployee(user);
      await recordAgentSeen(db, employee.id, clock());
    },

    /**
     * Sets offline the agents still online or away whose own app has not been heard from for `idleMinutes`
     * (closed, or the computer asleep), handing on what they have not answered. Agents whose app was never
     * heard from (set online by a manager) are left alone. Returns how many went offline.
     */
    async sendUnseenAgentsOffline(actor: AuditActor, idleMinutes: number) {
      const before = new Date(clock().getTime() - idleMinutes * 60_000);
      const unseen = await findAgentsUnseenSince(db, before);
      let offline = 0;
      for (const employeeId of unseen) {
        const plan = leftTheApp(employeeId, idleMinutes, before);
        const agent = await changeState(actor, employeeId, { availability: 'offline' }, plan);
        if (agent.availability === 'offline') offline++;
      }
      return offline;
    },

    /**
     * A manager's change. Availability set by someone else says nothing of the agent's own app, so it is
     * no longer taken for closed: only the agent's app speaking up again makes it count.
     */
    updateAgent: (actor: AuditActor, employeeId: number, changes: AgentChanges) =>
      changeState(
        actor,
        employeeId,
        changes.availability === undefined ? changes : { ...changes, lastSeenAt: null },
      ),

    /**
     * An employee went on leave or left the company: an agent goes offline and every open ticket of theirs
     * goes to another agent (or back to wait in its queue). Anyone else has nothing to hand over. Safe to
     * repeat: a second run finds nothing left.
     */
    async handOverLeaver(actor: AuditActor, employeeId: number, status: keyof typeof leavingReasons) {
      if (!(await hasAgentState(db, employeeId))) return null;
      // Events come late (retries) or twice: someone back at work by now keeps their tickets.
      if ((await requireEmployee(employeeId)).status === 'active') return null;
      return changeState(
        actor,
        employeeId,
        { availability: 'offline' },
        { handover: 'all_open', why: leavingReasons[status] },
      );
    },
  };
}
