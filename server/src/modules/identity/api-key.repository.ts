import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { apiKeys, users } from './schema';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(executor: Executor, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await executor.insert(apiKeys).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export function findApiKeysOfUser(executor: Executor, userId: number): Promise<ApiKeyRow[]> {
  return executor.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt));
}

/** The key and its owner, by the key's hash. */
export async function findApiKeyWithOwner(executor: Executor, keyHash: string) {
  const [row] = await executor
    .select({ key: apiKeys, owner: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.keyHash, keyHash));
  return row;
}

export async function revokeApiKey(
  executor: Executor,
  id: number,
  userId: number,
  at: Date,
): Promise<boolean> {
  const revoked = await executor
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return revoked.length === 1;
}

/** Records use at most once a minute per key, so busy integrations do not write on every request. */
export async function touchApiKey(executor: Executor, id: number, at: Date): Promise<void> {
  const aMinuteAgo = new Date(at.getTime() - 60_000);
  await executor
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, aMinuteAgo))));
}
