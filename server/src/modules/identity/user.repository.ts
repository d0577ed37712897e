import { and, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { users } from './schema';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(executor: Executor, id: number): Promise<UserRow | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(executor: Executor, user: NewUserRow): Promise<UserRow> {
  const [row] = await executor.insert(users).values(user).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function recordLogin(executor: Executor, id: number, at: Date): Promise<void> {
  await executor.update(users).set({ lastLogin: at }).where(eq(users.id, id));
}

export async function countUsers(executor: Executor): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

export async function usernameExists(executor: Executor, username: string): Promise<boolean> {
  const [row] = await executor.select({ one: sql`1` }).from(users).where(eq(users.username, username));
  return row !== undefined;
}

export type UserChanges = Partial<
  Pick<
    UserRow,
    | 'name'
    | 'phone'
    | 'locale'
    | 'timeZone'
    | 'avatarUrl'
    | 'passwordHash'
    | 'role'
    | 'isActive'
    | 'emailVerifiedAt'
    | 'clientId'
  >
>;

/** Applies changes and bumps the version; undefined when the row is gone or not at the expected version. */
export async function updateUser(
  executor: Executor,
  id: number,
  changes: UserChanges,
  expectedVersion?: number,
): Promise<UserRow | undefined> {
  const [row] = await executor
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1` })
    .where(
      and(eq(users.id, id), expectedVersion === undefined ? undefined : eq(users.version, expectedVersion)),
    )
    .returning();
  return row;
}

export type UserFilter = {
  sort: string;
  cursor?: string;
  limit: number;
  q?: string;
  role?: UserRow['role'];
  isActive?: boolean;
};

export async function findUsers(executor: Executor, filter: UserFilter): Promise<Page<UserRow>> {
  const plan = planKeyset(filter, {
    columns: { email: users.email, createdAt: users.createdAt },
    id: users.id,
  });
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  const rows = await executor
    .select()
    .from(users)
    .where(
      and(
        plan.where,
        pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.isActive === undefined ? undefined : eq(users.isActive, filter.isActive),
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function countActiveAdmins(executor: Executor): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
  return row?.total ?? 0;
}

export async function deleteUserRow(executor: Executor, id: number): Promise<boolean> {
  const deleted = await executor.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return deleted.length === 1;
}
