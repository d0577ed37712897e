import type { Executor } from '../../platform/db/database';
import { pendingEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { findEmployeeCards } from '../workforce';
import { findPublicComments, insertComment } from './comment.repository';
import type {
  AssignTicketInput,
  BulkActionInput,
  BulkActionResult,
  ChangeStatusInput,
  TicketDetailDto,
} from './dto';
import { ticketAssigned, ticketMerged } from './events';
import { type TicketRow, updateTicketRow } from './ticket.repository';
import {
  assertLegalTransition,
  auditTicketChange,
  commitTicketChange,
  createTicketService,
  lockTicketForChange,
  type ResolvedTicketDeps,
  requireTicketDetail,
  resolveTicketDeps,
  statusColumns,
  type TicketServiceDeps,
  ticketClosed,
  writer,
} from './ticket.service';
import { requireVisibleTicket } from './ticket-access';
import { appendTicketHistory } from './ticket-history.repository';
import type { TicketStatus } from './ticket-workflow.util';

/** Moves a locked ticket to `to` along the workflow: 409 `illegal_transition` (with the allowed list) if not. */
export async function moveTicket(
  tx: Executor,
  deps: ResolvedTicketDeps,
  step: { actor: AuditActor; before: TicketRow; to: TicketStatus; reason: string | null; action: string },
): Promise<TicketRow> {
  const { actor, before, to } = step;
  assertLegalTransition(before, to);
  const now = deps.clock();
  const after = await commitTicketChange(tx, deps, {
    actor,
    before,
    now,
    changes: statusColumns(before, to, now),
    statusReason: step.reason,
  });
  await auditTicketChange(tx, actor, {
    action: step.action,
    before,
    after,
    extra: step.reason ? { reason: step.reason } : {},
  });
  return after;
}

const asProblem = (error: AppError) => ({
  ...error.extensions,
  status: error.status,
  code: error.code,
  detail: error.detail,
});

/**
 * The ticket workflow: status changes, closing, assignment, merging duplicates and bulk actions. Each public
 * function is one all-or-nothing step that locks the ticket first.
 */
export function createTicketWorkflowService(options: TicketServiceDeps) {
  const deps = resolveTicketDeps(options);
  const { db, clock, engine } = deps;
  const tickets = createTicketService(deps);

  async function requireAssignableEmployee(tx: Executor, employeeId: number) {
    const [employee] = await findEmployeeCards(tx, [employeeId]);
    if (!employee) {
      throw new AppError('employee_not_found', 400, `Employee ${employeeId} does not exist`, {
        errors: [{ parameter: 'body.employeeId', message: 'must name an existing employee' }],
      });
    }
    if (employee.status === 'terminated')
      throw new AppError('employee_not_active', 409, `${employee.name} no longer works here`);
    return employee;
  }

  async function changeStatus(
    actor: AuditActor,
    id: number,
    input: ChangeStatusInput,
    expectedVersion?: number,
  ): Promise<TicketDetailDto> {
    const user = writer(actor);
    return db.transaction(async (tx) => {
      const before = await lockTicketForChange(tx, user, id, expectedVersion);
      await moveTicket(tx, deps, {
        actor,
        before,
        to: input.status,
        reason: input.reason ?? null,
        action: 'change_status',
      });
      return requireTicketDetail(tx, id, user, clock());
    });
  }

  async function assign(actor: AuditActor, id: number, input: AssignTicketInput, expectedVersion?: number) {
    const user = writer(actor);
    return db.transaction(async (tx) => {
      const before = await lockTicketForChange(tx, user, id, expectedVersion);
      if (before.status === 'closed') throw ticketClosed(id);
      if (input.employeeId === before.assignedTo) return requireTicketDetail(tx, id, user, clock());
      if (input.employeeId !== null) await requireAssignableEmployee(tx, input.employeeId);
      const reason = input.reason ?? null;
      // The engine moves the assignee and both agents' load; the ticket's own record of it is written here.
      await engine.assign(tx, before, input.employeeId, actor, reason);
      const now = clock();
      const after = await updateTicketRow(tx, id, {}, { now, bumpVersion: true });
      const facts = { from: before.assignedTo, to: input.employeeId, reason, automatic: false };
      await appendTicketHistory(tx, [
        {
          ticketId: id,
          actor,
          at: now,
          kind: input.employeeId === null ? 'unassigned' : 'assigned',
          data: facts,
        },
      ]);
      await recordEvents(tx, [
        pendingEvent(ticketAssigned, {
          aggregateId: id,
          actor,
          payload: { ...facts, clientId: before.clientId, reason: reason ?? `by ${user.email}` },
        }),
      ]);
      await auditTicketChange(tx, actor, {
        action: 'assign',
        before,
        after,
        extra: reason ? { reason } : {},
      });
      return requireTicketDetail(tx, id, user, clock());
    });
  }

  /** The thread of the duplicate as one note on the ticket that stays, so nothing the customer said is lost. */
  async function carryThreadOver(tx: Executor, source: TicketRow, target: TicketRow, now: Date) {
    const comments = await findPublicComments(tx, source.id);
    const parts = [
      `Merged from ticket #${source.id} "${source.title}".`,
      ...(source.description ? [source.description] : []),
      ...comments.map(
        (comment) => `${comment.authorName} (${comment.createdAt.toISOString()}):\n${comment.body}`,
      ),
    ];
    return insertComment(tx, {
      ticketId: target.id,
      authorKind: 'system',
      authorName: 'System',
      visibility: 'public',
      body: parts.join('\n\n'),
      createdAt: now,
    });
  }

  async function merge(actor: AuditActor, id: number, intoTicketId: number) {
    const user = writer(actor);
    if (id === intoTicketId)
      throw new AppError('merge_into_itself', 400, 'A ticket cannot be merged into itself', {
        errors: [{ parameter: 'body.intoTicketId', message: 'must name another ticket' }],
      });
    return db.transaction(async (tx) => {
      // Both rows locked in id order, as every merge locks them, so two crossing merges cannot deadlock.
      const [first, second] = [Math.min(id, intoTicketId), Math.max(id, intoTicketId)];
      const locked = new Map<number, TicketRow>();
      for (const ticketId of [first, second])
        locked.set(ticketId, await requireVisibleTicket(tx, user, ticketId, { lock: true }));
      const source = locked.get(id) as TicketRow;
      const target = locked.get(intoTicketId) as TicketRow;
      if (source.status === 'closed') throw ticketClosed(id);
      if (target.status === 'closed') throw ticketClosed(intoTicketId);
      if (source.clientId !== target.clientId)
        throw new AppError('different_clients', 409, 'Only tickets of the same client can be merged');
      const now = clock();
      const note = await carryThreadOver(tx, source, target, now);
      const reason = `merged into #${target.id}`;
      const after = await commitTicketChange(tx, deps, {
        actor,
        before: source,
        now,
        changes: { ...statusColumns(source, 'closed', now, { resolves: false }), mergedIntoId: target.id },
        statusReason: reason,
        history: [{ kind: 'merged', data: { intoTicketId: target.id } }],
        events: [
          pendingEvent(ticketMerged, {
            aggregateId: source.id,
            actor,
            payload: { clientId: source.clientId, intoTicketId: target.id },
          }),
        ],
      });
      await commitTicketChange(tx, deps, {
        actor,
        before: target,
        now,
        changes: {},
        history: [{ kind: 'merged', data: { fromTicketId: source.id, commentId: note.id } }],
      });
      await auditTicketChange(tx, actor, { action: 'merge', before: source, after, extra: { reason } });
      return requireTicketDetail(tx, target.id, user, clock());
    });
  }

  return {
    changeStatus,
    assign,
    merge,

    /**
     * Closes the ticket: a customer for their own client's tickets (404 for others), any staff member too.
     * Closed is final; a later message belongs in a new ticket.
     */
    async close(actor: AuditActor, id: number, reason: string | undefined, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockTicketForChange(tx, user, id, expectedVersion);
        await moveTicket(tx, deps, { actor, before, to: 'closed', reason: reason ?? null, action: 'close' });
        return requireTicketDetail(tx, id, user, clock());
      });
    },

    /**
     * Applies one action to many tickets, each in its own transaction: the legal ones change, the others are
     * reported with the problem a single request would have answered.
     */
    async bulk(actor: AuditActor, input: BulkActionInput): Promise<BulkActionResult> {
      writer(actor);
      const results: BulkActionResult['results'] = [];
      for (const id of input.ids) {
        try {
          switch (input.action) {
            case 'status':
              await changeStatus(actor, id, { status: input.status, reason: input.reason });
              break;
            case 'assign':
              await assign(actor, id, { employeeId: input.employeeId, reason: input.reason });
              break;
            case 'priority':
              await tickets.updateTicket(actor, id, {
                priority: input.priority,
                priorityReason: input.reason,
              });
              break;
            case 'add_tag':
              await tickets.addTag(actor, id, input.tag);
              break;
          }
          results.push({ id, ok: true });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ id, ok: false, problem: asProblem(error) });
        }
      }
      return { results };
    },
  };
}
