import { roleHasPermission } from '../../platform/auth/permissions';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Executor } from '../../platform/db/database';
import { pendingEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import type { Page } from '../../platform/http/pagination';
import { recordAudit } from '../identity';
import {
  type AttachmentSummaryRow,
  type CommentRow,
  findCommentAttachments,
  findComments,
  insertComment,
} from './comment.repository';
import type { CommentInput, ThreadQuery, TicketCommentDto } from './dto';
import { ticketReplied } from './events';
import { findReopenWindowHours, type TicketChanges, type TicketRow } from './ticket.repository';
import {
  commitTicketChange,
  lockTicketForChange,
  resolveTicketDeps,
  statusColumns,
  type TicketServiceDeps,
  ticketClosed,
  writer,
} from './ticket.service';
import { requireVisibleTicket } from './ticket-access';
import { customerReplyOutcome } from './ticket-workflow.util';

const HOUR_MS = 3_600_000;

function toCommentDto(
  comment: CommentRow,
  attachments: AttachmentSummaryRow[],
  viewer: AuthenticatedUser,
): TicketCommentDto {
  return {
    id: comment.id,
    body: comment.body,
    visibility: comment.visibility,
    authorKind: comment.authorKind,
    authorName: comment.authorName,
    // Staff accounts are not the customer's business; their own client's people are.
    authorUserId:
      viewer.role === 'customer' && comment.authorKind !== 'customer' ? null : comment.authorUserId,
    createdAt: comment.createdAt,
    attachments: attachments.map(({ commentId: _comment, ...attachment }) => attachment),
  };
}

type ReplyPlan = { changes: TicketChanges; statusReason: string | null; firstResponse: boolean };

/** The thread of a ticket: public replies and, for staff only, internal notes. */
export function createCommentService(options: TicketServiceDeps) {
  const deps = resolveTicketDeps(options);
  const { db, clock } = deps;

  /**
   * A customer's reply brings a ticket waiting on them, or resolved within the reopen window, back to the
   * team; on a closed ticket, or after the window, it belongs in a new ticket (409 `ticket_closed`).
   */
  async function customerReply(tx: Executor, before: TicketRow, now: Date): Promise<ReplyPlan> {
    const reopenWindowMs = before.status === 'resolved' ? (await findReopenWindowHours(tx)) * HOUR_MS : 0;
    const outcome = customerReplyOutcome({
      status: before.status,
      resolvedAt: before.resolvedAt,
      now,
      reopenWindowMs,
    });
    if (outcome.kind === 'new_ticket') throw ticketClosed(before.id, { reason: outcome.reason });
    if (outcome.kind === 'stay') return { changes: {}, statusReason: null, firstResponse: false };
    return {
      changes: statusColumns(before, outcome.to, now),
      statusReason: 'customer replied',
      firstResponse: false,
    };
  }

  /** A staff member's public reply is the first response when there was none, and opens a new ticket. */
  function staffReply(before: TicketRow, input: CommentInput, now: Date): ReplyPlan {
    if (input.visibility === 'internal') return { changes: {}, statusReason: null, firstResponse: false };
    if (before.status === 'closed') throw ticketClosed(before.id);
    const firstResponse = before.firstRespondedAt === null;
    return {
      changes: {
        ...(firstResponse ? { firstRespondedAt: now } : {}),
        ...(before.status === 'new' ? statusColumns(before, 'open', now) : {}),
      },
      statusReason: before.status === 'new' ? 'replied' : null,
      firstResponse,
    };
  }

  return {
    async listComments(
      user: AuthenticatedUser,
      ticketId: number,
      query: ThreadQuery,
    ): Promise<Page<TicketCommentDto>> {
      await requireVisibleTicket(db, user, ticketId);
      const includeInternal = user.role !== 'customer';
      const page = await findComments(db, ticketId, { includeInternal, ...query });
      const attachments = await findCommentAttachments(
        db,
        page.items.map((comment) => comment.id),
        { includeInternal },
      );
      return {
        items: page.items.map((comment) =>
          toCommentDto(
            comment,
            attachments.filter((attachment) => attachment.commentId === comment.id),
            user,
          ),
        ),
        nextCursor: page.nextCursor,
      };
    },

    async addComment(actor: AuditActor, ticketId: number, input: CommentInput): Promise<TicketCommentDto> {
      const user = writer(actor);
      const customer = user.role === 'customer';
      if (customer && input.visibility === 'internal')
        throw new AppError('internal_note_forbidden', 403, 'Customers cannot write internal notes');
      return db.transaction(async (tx) => {
        const before = await lockTicketForChange(tx, user, ticketId);
        // Sales may open tickets for their clients, but replies and notes are the support team's work.
        if (!customer && !roleHasPermission(user.role, 'tickets:write'))
          throw new AppError('forbidden', 403, 'Your role may not use tickets:write');
        const now = clock();
        const plan = customer ? await customerReply(tx, before, now) : staffReply(before, input, now);
        const comment = await insertComment(tx, {
          ticketId,
          authorUserId: user.id,
          authorKind: customer ? 'customer' : 'staff',
          visibility: input.visibility,
          body: input.body,
          createdAt: now,
        });
        const isPublic = input.visibility === 'public';
        const after = await commitTicketChange(tx, deps, {
          actor,
          before,
          now,
          changes: plan.changes,
          statusReason: plan.statusReason,
          history: [
            isPublic
              ? {
                  kind: 'commented',
                  data: {
                    commentId: comment.id,
                    authorKind: comment.authorKind,
                    ...(plan.firstResponse ? { firstResponse: true } : {}),
                  },
                }
              : { kind: 'note_added', data: { commentId: comment.id } },
          ],
          events: isPublic
            ? [
                pendingEvent(ticketReplied, {
                  aggregateId: ticketId,
                  actor,
                  payload: {
                    clientId: before.clientId,
                    commentId: comment.id,
                    authorKind: customer ? 'customer' : 'staff',
                    assignedTo: before.assignedTo,
                  },
                }),
              ]
            : [],
        });
        await recordAudit(tx, actor, {
          action: isPublic ? 'reply' : 'add_note',
          resource: 'ticket',
          resourceId: ticketId,
          before: { status: before.status, firstRespondedAt: before.firstRespondedAt },
          after: {
            status: after.status,
            firstRespondedAt: after.firstRespondedAt,
            commentId: comment.id,
            visibility: comment.visibility,
          },
        });
        return toCommentDto(comment, [], user);
      });
    },
  };
}
