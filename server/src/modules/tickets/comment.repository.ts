import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { users } from '../identity';
import { ticketAttachments, ticketComments } from './schema';

export type CommentRow = typeof ticketComments.$inferSelect;
export type AttachmentSummaryRow = {
  id: number;
  commentId: number | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
};

export type NewComment = {
  ticketId: number;
  authorKind: CommentRow['authorKind'];
  visibility: CommentRow['visibility'];
  body: string;
  createdAt: Date;
} & ({ authorUserId: number; authorName?: undefined } | { authorUserId?: null; authorName: string });

/**
 * Adds a comment. An account's comment is signed with the account's name as it is now (read by the insert
 * itself); the name stays as written when the account later changes.
 */
export async function insertComment(executor: Executor, comment: NewComment): Promise<CommentRow> {
  const authorName =
    comment.authorName ??
    sql`(select coalesce(${users.name}, ${users.email}) from ${users} where ${users.id} = ${comment.authorUserId})`;
  const [row] = await executor
    .insert(ticketComments)
    .values({
      ticketId: comment.ticketId,
      authorUserId: comment.authorUserId ?? null,
      authorName,
      authorKind: comment.authorKind,
      visibility: comment.visibility,
      body: comment.body,
      createdAt: comment.createdAt,
    })
    .returning();
  if (!row) throw new Error('insert into ticket_comments returned no row');
  return row;
}

/** One page of a ticket's thread, oldest first; without internal notes unless `includeInternal`. */
export async function findComments(
  executor: Executor,
  ticketId: number,
  options: { includeInternal: boolean; limit: number; cursor?: string },
): Promise<Page<CommentRow>> {
  const plan = planKeyset(
    { sort: 'id', limit: options.limit, cursor: options.cursor },
    { columns: {}, id: ticketComments.id },
  );
  const rows = await executor
    .select()
    .from(ticketComments)
    .where(
      and(
        eq(ticketComments.ticketId, ticketId),
        options.includeInternal ? undefined : eq(ticketComments.visibility, 'public'),
        plan.where,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

/** Every public comment of a ticket, oldest first (what a merge carries over). */
export function findPublicComments(executor: Executor, ticketId: number): Promise<CommentRow[]> {
  return executor
    .select()
    .from(ticketComments)
    .where(and(eq(ticketComments.ticketId, ticketId), eq(ticketComments.visibility, 'public')))
    .orderBy(asc(ticketComments.id));
}

/** The files attached to these comments; internal ones only with `includeInternal`. */
export async function findCommentAttachments(
  executor: Executor,
  commentIds: readonly number[],
  options: { includeInternal: boolean },
): Promise<AttachmentSummaryRow[]> {
  if (commentIds.length === 0) return [];
  return executor
    .select({
      id: ticketAttachments.id,
      commentId: ticketAttachments.commentId,
      fileName: ticketAttachments.fileName,
      contentType: ticketAttachments.contentType,
      sizeBytes: ticketAttachments.sizeBytes,
    })
    .from(ticketAttachments)
    .where(
      and(
        inArray(ticketAttachments.commentId, [...commentIds]),
        options.includeInternal ? undefined : eq(ticketAttachments.visibility, 'public'),
      ),
    )
    .orderBy(asc(ticketAttachments.id));
}
