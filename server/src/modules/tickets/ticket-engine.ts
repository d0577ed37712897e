import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { executeTogether, type Write } from '../../platform/db/write-together';
import { eventsInsert, type PendingEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import {
  defaultPriorityRules,
  type PrioritySignals,
  type PriorityVerdict,
  prioritise,
} from './priority-rules.util';
import { tickets } from './schema';
import { historyInsert, type TicketHistoryEntry } from './ticket-history.repository';

export type TicketRow = typeof tickets.$inferSelect;

/** The SLA columns of a ticket, as the engine computes them. */
export type SlaColumns = Pick<
  TicketRow,
  | 'slaPolicyId'
  | 'slaClocks'
  | 'firstResponseWarnAt'
  | 'firstResponseDueAt'
  | 'resolutionWarnAt'
  | 'resolutionDueAt'
>;

/** A ticket with no SLA policy. */
export const noSlaColumns: SlaColumns = {
  slaPolicyId: null,
  slaClocks: null,
  firstResponseWarnAt: null,
  firstResponseDueAt: null,
  resolutionWarnAt: null,
  resolutionDueAt: null,
};

/** A priority proposal and where it came from: the configured rules, or a trained model. */
export type PriorityClassification = PriorityVerdict & { source: 'rules' | 'model' };

/**
 * Sets a new ticket's priority. The rules-based classifier is the default; the chat/AI module plugs a trained
 * model in behind the same interface.
 */
export type PriorityClassifier = {
  classify(executor: Executor, signals: PrioritySignals): Promise<PriorityClassification>;
};

/** What the ticket service knows of a ticket about to be inserted, for the engine to start it. */
export type TicketStartRequest = {
  /** What the classifier looks at (not used when staff set the priority). */
  signals: PrioritySignals;
  /** A person's priority instead of the classifier's, with the reason. */
  manualPriority?: { priority: TicketRow['priority']; reason: string } | null | undefined;
  categoryId: number | null;
  createdAt: Date;
};

/** How a new ticket starts: its priority and why, its SLA columns and its queue. */
export type TicketStart = {
  priority: TicketRow['priority'];
  prioritySource: TicketRow['prioritySource'];
  reasons: string[];
  sla: SlaColumns;
  queueId: number | null;
};

/**
 * What opening a ticket records, handed to `routeNew` so it is written with the routing's own writes, in the
 * same statement: the history entries (first), the events, which name the ticket as routed, and the rest.
 */
export type TicketOpening = {
  history: readonly TicketHistoryEntry[];
  events: (routed: TicketRow) => PendingEvent[];
  /** Other writes of the opening (its audit entry), sent in the same round trip as routing's. */
  alongside?: (routed: TicketRow) => Write[];
};

/**
 * What the ticket service asks of routing and SLA. The ticket service owns the ticket's own fields (title,
 * status, comments …); the engine owns priority classification, assignment, agents' load, queues and the SLA
 * columns, and writes them itself, in the caller's transaction.
 */
export type TicketEngine = {
  /**
   * A new ticket's priority (the classifier's, or the person's), SLA columns and queue (the category's, else
   * the default queue), decided before it is inserted.
   */
  startTicket(executor: Executor, request: TicketStartRequest): Promise<TicketStart>;
  /**
   * Puts a freshly inserted ticket in its queue (from its category, else the default queue) and assigns it by
   * the queue's strategy when an agent can take it; records why in the history; schedules its SLA checks.
   * Returns the updated row.
   */
  routeNew(
    executor: Executor,
    ticket: TicketRow,
    actor: AuditActor,
    opening?: TicketOpening,
  ): Promise<TicketRow>;
  /** A person assigns (or, with null, unassigns) a ticket; capacity does not stop a person. */
  assign(
    executor: Executor,
    ticket: TicketRow,
    employeeId: number | null,
    actor: AuditActor,
    reason: string | null,
  ): Promise<TicketRow>;
  /**
   * After the ticket service changed a ticket (status, priority, first response …), in the same transaction:
   * moves SLA clocks (pause while pending, first response, resolution, reopen, new targets for a new
   * priority), keeps agents' load right, and hands waiting tickets to agents whose load went down. Returns the
   * row as it now is.
   */
  afterChange(executor: Executor, before: TicketRow, after: TicketRow, actor: AuditActor): Promise<TicketRow>;
};

/** A person's priority, as the engine reports a classifier's. */
export function manualVerdict(manual: NonNullable<TicketStartRequest['manualPriority']>) {
  return { priority: manual.priority, reasons: [manual.reason], source: 'manual' as const };
}

/** The stand-in until routing and SLA land: default rules priority, no SLA, no queue, no automatic assignment. */
export function createBasicTicketEngine(): TicketEngine {
  return {
    async startTicket(_executor, request) {
      const verdict = request.manualPriority
        ? manualVerdict(request.manualPriority)
        : { ...prioritise(request.signals, defaultPriorityRules), source: 'rules' as const };
      return {
        priority: verdict.priority,
        prioritySource: verdict.source,
        reasons: verdict.reasons,
        sla: noSlaColumns,
        queueId: null,
      };
    },
    async routeNew(executor, ticket, _actor, opening) {
      if (opening) {
        await executeTogether(executor, [
          historyInsert(executor, opening.history),
          eventsInsert(opening.events(ticket)),
          ...(opening.alongside?.(ticket) ?? []),
        ]);
      }
      return ticket;
    },
    async assign(executor, ticket, employeeId) {
      const [row] = await executor
        .update(tickets)
        .set({ assignedTo: employeeId, assignedAt: employeeId === null ? null : new Date() })
        .where(eq(tickets.id, ticket.id))
        .returning();
      return row ?? ticket;
    },
    async afterChange(_executor, _before, after) {
      return after;
    },
  };
}
