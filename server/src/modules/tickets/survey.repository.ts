import { and, desc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { users } from '../identity';
import { ticketSurveys, tickets } from './schema';

export type TicketSurveyRow = typeof ticketSurveys.$inferSelect;

export async function insertSurvey(
  executor: Executor,
  values: typeof ticketSurveys.$inferInsert,
): Promise<TicketSurveyRow> {
  const [row] = await executor.insert(ticketSurveys).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Ends a ticket's unanswered surveys, so only the newest link can be answered. */
export async function expireOpenSurveys(executor: Executor, ticketId: number, at: Date) {
  await executor
    .update(ticketSurveys)
    .set({ expiresAt: at })
    .where(
      and(
        eq(ticketSurveys.ticketId, ticketId),
        isNull(ticketSurveys.answeredAt),
        gt(ticketSurveys.expiresAt, at),
      ),
    );
}

export async function findLatestSurvey(executor: Executor, ticketId: number) {
  const [row] = await executor
    .select()
    .from(ticketSurveys)
    .where(eq(ticketSurveys.ticketId, ticketId))
    .orderBy(desc(ticketSurveys.createdAt), desc(ticketSurveys.id))
    .limit(1);
  return row;
}

export async function findSurveyByTokenHash(executor: Executor, tokenHash: string) {
  const [row] = await executor
    .select({ survey: ticketSurveys, ticketTitle: tickets.title })
    .from(ticketSurveys)
    .innerJoin(tickets, eq(tickets.id, ticketSurveys.ticketId))
    .where(eq(ticketSurveys.tokenHash, tokenHash));
  return row;
}

/**
 * Answers a survey once: only an unanswered, unexpired one is updated, so of two answers racing, one wins.
 * Undefined when it was answered or had expired.
 */
export async function answerSurvey(
  executor: Executor,
  which: { id: number } | { tokenHash: string },
  answer: { score: number; comment: string | null; at: Date },
): Promise<TicketSurveyRow | undefined> {
  const match: SQL =
    'id' in which ? eq(ticketSurveys.id, which.id) : eq(ticketSurveys.tokenHash, which.tokenHash);
  const [row] = await executor
    .update(ticketSurveys)
    .set({ score: answer.score, comment: answer.comment, answeredAt: answer.at })
    .where(and(match, isNull(ticketSurveys.answeredAt), gt(ticketSurveys.expiresAt, answer.at)))
    .returning();
  return row;
}

/** Where a survey goes when the ticket names no email: its requester's account. */
export async function findUserEmail(executor: Executor, userId: number): Promise<string | undefined> {
  const [row] = await executor.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email;
}

/** The surveyed ticket, locked, for an answer through a link (there is no signed-in user to scope by). */
export async function lockSurveyedTicket(executor: Executor, ticketId: number) {
  const [row] = await executor.select().from(tickets).where(eq(tickets.id, ticketId)).for('update');
  return row;
}
