import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { refreshTokens } from './schema';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export async function insertRefreshToken(
  executor: Executor,
  row: typeof refreshTokens.$inferInsert,
): Promise<void> {
  await executor.insert(refreshTokens).values(row);
}

export async function findRefreshTokenByHash(
  executor: Executor,
  tokenHash: string,
): Promise<RefreshTokenRow | undefined> {
  const [row] = await executor.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  return row;
}

/** Marks a token used; false when it already was (two exchanges raced, or it is being replayed). */
export async function claimRefreshToken(executor: Executor, id: number, at: Date): Promise<boolean> {
  const claimed = await executor
    .update(refreshTokens)
    .set({ usedAt: at })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return claimed.length === 1;
}

export async function revokeFamily(executor: Executor, familyId: string, at: Date): Promise<void> {
  await executor
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Revokes every live session of a user, but the one kept, and returns their family ids. */
export async function revokeAllForUser(
  executor: Executor,
  userId: number,
  at: Date,
  keepFamilyId?: string,
): Promise<string[]> {
  const revoked = await executor
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
        keepFamilyId ? ne(refreshTokens.familyId, keepFamilyId) : undefined,
      ),
    )
    .returning({ familyId: refreshTokens.familyId });
  return [...new Set(revoked.map((row) => row.familyId))];
}
