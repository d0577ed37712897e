import { and, desc, eq, ilike, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { accountTokens, users } from './schema';
import type { UserRow } from './user.repository';

export type InvitationFilter = {
  sort: string;
  cursor?: string;
  limit: number;
  q?: string;
  role?: UserRow['role'];
};
export type InvitationToken = typeof accountTokens.$inferSelect;

/** Active accounts an admin invited that have not set a password yet, newest first by default. */
export async function findInvitedUsers(executor: Executor, filter: InvitationFilter): Promise<Page<UserRow>> {
  const plan = planKeyset(filter, {
    columns: { createdAt: users.createdAt, email: users.email },
    id: users.id,
  });
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  const rows = await executor
    .select()
    .from(users)
    .where(
      and(
        plan.where,
        isNull(users.passwordHash),
        // A deactivated account's invitation is not waiting for anyone.
        eq(users.isActive, true),
        filter.role ? eq(users.role, filter.role) : undefined,
        pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

/** The newest invitation token of each of these users. */
export async function latestInvitationTokens(
  executor: Executor,
  userIds: number[],
): Promise<Map<number, InvitationToken>> {
  if (userIds.length === 0) return new Map();
  const rows = await executor
    .select()
    .from(accountTokens)
    .where(and(inArray(accountTokens.userId, userIds), eq(accountTokens.purpose, 'invitation')))
    .orderBy(desc(accountTokens.createdAt), desc(accountTokens.id));
  const latest = new Map<number, InvitationToken>();
  for (const row of rows) if (!latest.has(row.userId)) latest.set(row.userId, row);
  return latest;
}

export async function findUserSummaries(executor: Executor, ids: number[]) {
  if (ids.length === 0) return new Map<number, { id: number; email: string; name: string | null }>();
  const rows = await executor
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}
