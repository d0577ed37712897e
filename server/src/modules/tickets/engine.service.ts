import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import { findEmployeeCards } from '../workforce';
import { ensureAgentStates } from './agent.repository';
import { defaultPriorityRules, type PriorityVerdict, prioritise } from './priority-rules.util';
import { findQueueForCategory } from './queue.repository';
import { isActiveStatus, loadOf, RoutingSession } from './routing.service';
import { tickets } from './schema';
import { createSlaTracker, startedSla } from './sla.service';
import { firstSlaChecksInsert, scheduleSlaChecks } from './sla-check.repository';
import { matchSlaTerms } from './sla-policy.repository';
import {
  manualVerdict,
  type PriorityClassifier,
  type TicketEngine,
  type TicketRow,
  type TicketStart,
} from './ticket-engine';
import { findPriorityRules } from './ticket-settings.repository';
import { findTicketStartContext } from './ticket-start.repository';

/** The rules a business configured in its support settings (the defaults until it saves its own). */
export const rulesPriorityClassifier: PriorityClassifier = {
  async classify(executor, signals) {
    return { ...prioritise(signals, await findPriorityRules(executor)), source: 'rules' };
  },
};

export type TicketEngineConfig = {
  /** Replaces the rules-based classifier, e.g. with a trained model (the chat/AI module). */
  classifier?: PriorityClassifier;
};

type LoadDelta = { employeeId: number; tickets: number; weight: number };

/** How a change moves agents' load: the assignee's contribution before and after (status, priority). */
function loadDeltas(before: TicketRow, after: TicketRow): LoadDelta[] {
  const was = loadOf(before);
  const is = loadOf(after);
  const deltas = new Map<number, LoadDelta>();
  const add = (employeeId: number | null, tickets: number, weight: number) => {
    if (employeeId === null) return;
    const delta = deltas.get(employeeId) ?? { employeeId, tickets: 0, weight: 0 };
    delta.tickets += tickets;
    delta.weight += weight;
    deltas.set(employeeId, delta);
  };
  add(before.assignedTo, -was.tickets, -was.weight);
  add(after.assignedTo, is.tickets, is.weight);
  return [...deltas.values()].filter((delta) => delta.tickets !== 0 || delta.weight !== 0);
}

const isWaiting = (ticket: TicketRow) => ticket.assignedTo === null && isActiveStatus(ticket.status);

function whyRouted(before: TicketRow, after: TicketRow): string {
  if (before.status === 'resolved' || before.status === 'closed') return 'reopened';
  if (before.categoryId !== after.categoryId) return 'category changed';
  return `status ${after.status}`;
}

async function readTicket(executor: Executor, id: number): Promise<TicketRow> {
  const [row] = await executor.select().from(tickets).where(eq(tickets.id, id));
  if (!row) throw new Error(`ticket ${id} vanished in its own transaction`);
  return row;
}

/**
 * Routing and SLA for the ticket service: priority by rules (or a model), SLA clocks and their instants,
 * queues, assignment by each queue's strategy, and agents' load, all written in the caller's transaction.
 *
 * Assignment changes go through `assign` (or routing), which moves the load counters; `afterChange` moves
 * them for status and priority changes. Pass it `before` as the row stood after any `assign` of the same
 * change, so no change is counted twice. Every method runs on the executor it is given (the caller's
 * transaction); `db` is taken only so the engine is wired like the other services.
 */
export function createTicketEngine(deps: {
  db: Database;
  clock: () => Date;
  config?: TicketEngineConfig;
}): TicketEngine {
  const { clock } = deps;
  const sla = createSlaTracker({ clock });

  const classifier = deps.config?.classifier ?? rulesPriorityClassifier;

  return {
    async startTicket(executor, { signals, manualPriority, categoryId, createdAt }) {
      // The configured rules come with the rest of what a new ticket reads; a model classifies on its own.
      const rulesDecide = !manualPriority && classifier === rulesPriorityClassifier;
      const context = await findTicketStartContext(executor, {
        clientTier: signals.clientTier,
        categoryId,
        holidaysFrom: createdAt,
        withRules: rulesDecide,
      });
      const verdict: PriorityVerdict & { source: TicketStart['prioritySource'] } = manualPriority
        ? manualVerdict(manualPriority)
        : rulesDecide
          ? { ...prioritise(signals, context.rules ?? defaultPriorityRules), source: 'rules' }
          : await classifier.classify(executor, signals);
      const terms = matchSlaTerms(context.slaCandidates, {
        priority: verdict.priority,
        clientTier: signals.clientTier,
      });
      return {
        priority: verdict.priority,
        prioritySource: verdict.source,
        reasons: verdict.reasons,
        sla: startedSla(terms, createdAt),
        queueId: context.queueId,
      };
    },

    async routeNew(executor, ticket, actor, opening) {
      const queueId = ticket.queueId ?? (await findQueueForCategory(executor, ticket.categoryId));
      const now = clock();
      const session = new RoutingSession(executor, { now, actor, bumpVersion: false });
      if (ticket.assignedTo !== null) {
        // Created with an assignee: only its load is counted here.
        await ensureAgentStates(executor, [ticket.assignedTo]);
        await session.lock({ agentIds: [ticket.assignedTo] });
        session.changeLoad(ticket.assignedTo, loadOf(ticket), true);
      } else if (queueId !== null && isActiveStatus(ticket.status)) {
        await session.route([{ ticket: { ...ticket, queueId }, why: 'new ticket', whenNobody: 'keep' }]);
      }
      const assignment = session.assignmentOf(ticket.id);
      // The session writes only the assignee and when (no version bump on a new ticket): no need to read back.
      const routed = assignment
        ? { ...ticket, queueId, assignedTo: assignment.to, assignedAt: assignment.to === null ? null : now }
        : { ...ticket, queueId };
      if (opening) {
        session.prepend(opening.history, opening.events(routed));
        session.writeAlongside(opening.alongside?.(routed) ?? []);
      }
      const firstCheck = firstSlaChecksInsert([{ ...ticket, ticketId: ticket.id }]);
      if (firstCheck) session.writeAlongside([firstCheck]);
      await session.flush();
      if (queueId === ticket.queueId) return routed;
      const [row] = await executor
        .update(tickets)
        .set({ queueId })
        .where(eq(tickets.id, ticket.id))
        .returning();
      return row ?? readTicket(executor, ticket.id);
    },

    /**
     * Moves the assignee and both agents' load; the person's assignment itself (history entry, event,
     * version) is the ticket service's to record, so `reason` is not used here.
     */
    async assign(executor, ticket, employeeId, actor) {
      if (employeeId === ticket.assignedTo) return ticket;
      if (employeeId !== null) {
        const [employee] = await findEmployeeCards(executor, [employeeId]);
        if (employee?.status !== 'active') {
          throw new AppError(
            'invalid_assignee',
            422,
            employee
              ? `Employee ${employeeId} is ${employee.status.replace('_', ' ')} and cannot take tickets`
              : `Employee ${employeeId} does not exist`,
            { errors: [{ parameter: 'body.employeeId', message: 'must be an active employee' }] },
          );
        }
        await ensureAgentStates(executor, [employeeId]);
      }
      const from = ticket.assignedTo;
      const load = loadOf(ticket);
      const session = new RoutingSession(executor, { now: clock(), actor, bumpVersion: true });
      const freed = from !== null && load.tickets > 0;
      const offerQueues = freed ? await session.queuesToOffer([from]) : [];
      await session.lock({
        queueIds: offerQueues,
        agentIds: [from, employeeId].filter((id): id is number => id !== null),
      });
      if (from !== null) session.changeLoad(from, { tickets: -load.tickets, weight: -load.weight });
      if (employeeId !== null) session.changeLoad(employeeId, load, true);
      // The ticket service records a person's assignment in the history and moves the version itself.
      session.setAssignee(ticket.id, employeeId);
      if (freed) await session.offer(from, 'capacity freed', [ticket.id]);
      await session.flush();
      return readTicket(executor, ticket.id);
    },

    async afterChange(executor, before, after, actor) {
      const deltas = loadDeltas(before, after);
      const slaUpdate = await sla.afterChange(executor, before, after);
      const queueId =
        before.categoryId === after.categoryId
          ? after.queueId
          : ((await findQueueForCategory(executor, after.categoryId)) ?? after.queueId);
      const queueChanged = queueId !== after.queueId;
      const routeIt = isWaiting(after) && (!isWaiting(before) || queueChanged) && queueId !== null;
      if (deltas.length === 0 && !slaUpdate && !queueChanged && !routeIt) return after;

      let row = after;
      if (slaUpdate || queueChanged) {
        const [updated] = await executor
          .update(tickets)
          .set({ ...slaUpdate, ...(queueChanged ? { queueId } : {}) })
          .where(eq(tickets.id, after.id))
          .returning();
        row = updated ?? after;
        if (slaUpdate) await scheduleSlaChecks(executor, [{ ...row, ticketId: row.id }]);
      }
      if (deltas.length === 0 && !routeIt) return row;

      const session = new RoutingSession(executor, { now: clock(), actor, bumpVersion: true });
      const freed = deltas.filter((delta) => delta.tickets < 0).map((delta) => delta.employeeId);
      const offerQueues = freed.length > 0 ? await session.queuesToOffer(freed) : [];
      await session.lock({
        queueIds: offerQueues,
        memberQueueIds: routeIt && queueId !== null ? [queueId] : [],
        agentIds: deltas.map((delta) => delta.employeeId),
      });
      for (const delta of deltas) session.changeLoad(delta.employeeId, delta);
      if (routeIt) {
        await session.route([
          { ticket: row, why: whyRouted(before, after), whenNobody: 'keep', bumpVersion: false },
        ]);
      }
      for (const employeeId of freed) await session.offer(employeeId, 'capacity freed', [after.id]);
      const routedThis = session.touchedTickets.has(after.id);
      await session.flush();
      return routedThis ? readTicket(executor, after.id) : row;
    },
  };
}
