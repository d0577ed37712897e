import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { AttachmentListQuery, TicketAttachmentDto } from './extras.dto';
import { ticketAttachments, ticketComments } from './schema';

export type TicketAttachmentRow = typeof ticketAttachments.$inferSelect;

const attachmentFields = {
  id: ticketAttachments.id,
  commentId: ticketAttachments.commentId,
  fileName: ticketAttachments.fileName,
  contentType: ticketAttachments.contentType,
  sizeBytes: ticketAttachments.sizeBytes,
  visibility: ticketAttachments.visibility,
  createdAt: ticketAttachments.createdAt,
};

/** Public only, for customers; every attachment for staff. */
type Audience = { includeInternal: boolean };

const visibleTo = (audience: Audience) =>
  audience.includeInternal ? undefined : eq(ticketAttachments.visibility, 'public');

export async function insertAttachment(
  executor: Executor,
  values: typeof ticketAttachments.$inferInsert,
): Promise<TicketAttachmentRow> {
  const [row] = await executor.insert(ticketAttachments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findAttachmentPage(
  executor: Executor,
  ticketId: number,
  audience: Audience,
  query: AttachmentListQuery,
): Promise<Page<TicketAttachmentDto>> {
  const plan = planKeyset(query, { columns: {}, id: ticketAttachments.id });
  const rows = await executor
    .select(attachmentFields)
    .from(ticketAttachments)
    .where(and(eq(ticketAttachments.ticketId, ticketId), visibleTo(audience), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findAttachment(
  executor: Executor,
  ticketId: number,
  attachmentId: number,
  audience: Audience,
): Promise<TicketAttachmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(ticketAttachments)
    .where(
      and(
        eq(ticketAttachments.id, attachmentId),
        eq(ticketAttachments.ticketId, ticketId),
        visibleTo(audience),
      ),
    );
  return row;
}

/** A comment of this ticket, for attaching files to it. */
export async function findTicketComment(executor: Executor, ticketId: number, commentId: number) {
  const [row] = await executor
    .select({ id: ticketComments.id, visibility: ticketComments.visibility })
    .from(ticketComments)
    .where(and(eq(ticketComments.id, commentId), eq(ticketComments.ticketId, ticketId)));
  return row;
}

export const toAttachmentDto = (row: TicketAttachmentRow): TicketAttachmentDto => ({
  id: row.id,
  commentId: row.commentId,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  visibility: row.visibility,
  createdAt: row.createdAt,
});
