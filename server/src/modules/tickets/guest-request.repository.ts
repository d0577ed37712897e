import { and, count, eq, gt, gte, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { ticketGuestRequests } from './schema';

export type GuestRequestRow = typeof ticketGuestRequests.$inferSelect;

export async function insertGuestRequest(
  executor: Executor,
  values: typeof ticketGuestRequests.$inferInsert,
): Promise<GuestRequestRow> {
  const [row] = await executor.insert(ticketGuestRequests).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function countGuestRequestsSince(executor: Executor, email: string, since: Date) {
  const [row] = await executor
    .select({ total: count() })
    .from(ticketGuestRequests)
    .where(and(eq(ticketGuestRequests.email, email), gte(ticketGuestRequests.createdAt, since)));
  return row?.total ?? 0;
}

/**
 * Marks a live request verified and returns it; undefined when the token is unknown, used or expired. Of two
 * verifications racing, one wins.
 */
export async function claimGuestRequest(
  executor: Executor,
  tokenHash: string,
  at: Date,
): Promise<GuestRequestRow | undefined> {
  const [row] = await executor
    .update(ticketGuestRequests)
    .set({ verifiedAt: at })
    .where(
      and(
        eq(ticketGuestRequests.tokenHash, tokenHash),
        isNull(ticketGuestRequests.verifiedAt),
        gt(ticketGuestRequests.expiresAt, at),
      ),
    )
    .returning();
  return row;
}

export async function findGuestRequestByTokenHash(executor: Executor, tokenHash: string) {
  const [row] = await executor
    .select()
    .from(ticketGuestRequests)
    .where(eq(ticketGuestRequests.tokenHash, tokenHash));
  return row;
}

export async function setGuestRequestTicket(executor: Executor, requestId: number, ticketId: number) {
  await executor.update(ticketGuestRequests).set({ ticketId }).where(eq(ticketGuestRequests.id, requestId));
}
