import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { accountTokens } from './schema';

type Purpose = (typeof accountTokens.$inferSelect)['purpose'];

export async function insertAccountToken(
  executor: Executor,
  row: typeof accountTokens.$inferInsert,
): Promise<void> {
  await executor.insert(accountTokens).values(row);
}

/** Uses a live token once: marks it used and returns it, or undefined if it is unknown, used or expired. */
export async function consumeAccountToken(
  executor: Executor,
  tokenHash: string,
  purpose: Purpose,
  at: Date,
): Promise<{ userId: number; payload: Record<string, string> } | undefined> {
  const [row] = await executor
    .update(accountTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, at),
      ),
    )
    .returning({ userId: accountTokens.userId, payload: accountTokens.payload });
  return row;
}

/** Retires a user's outstanding tokens of one purpose, so only the newest link works. */
export async function retireAccountTokens(executor: Executor, userId: number, purpose: Purpose, at: Date) {
  await executor
    .update(accountTokens)
    .set({ usedAt: at })
    .where(
      and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)),
    );
}

export async function findLiveAccountToken(
  executor: Executor,
  tokenHash: string,
  purpose: Purpose,
  at: Date,
): Promise<number | undefined> {
  const [row] = await executor
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, at),
      ),
    );
  return row?.userId;
}
