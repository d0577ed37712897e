import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { savedViews, users } from './schema';

export type SavedViewRow = typeof savedViews.$inferSelect;
export type SavedViewWithOwner = SavedViewRow & { ownerName: string };

const withOwner = {
  view: savedViews,
  ownerName: sql<string>`coalesce(${users.name}, ${users.username})`,
};

const flatten = ({ view, ownerName }: { view: SavedViewRow; ownerName: string }): SavedViewWithOwner => ({
  ...view,
  ownerName,
});

/** The user's own views of a list and the ones others shared, by name. */
export async function findVisibleSavedViews(
  executor: Executor,
  filter: { userId: number; list: string },
): Promise<SavedViewWithOwner[]> {
  const rows = await executor
    .select(withOwner)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(
      and(
        eq(savedViews.list, filter.list),
        or(eq(savedViews.userId, filter.userId), eq(savedViews.shared, true)),
      ),
    )
    .orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
  return rows.map(flatten);
}

export async function findSavedView(executor: Executor, id: number): Promise<SavedViewWithOwner | undefined> {
  const [row] = await executor
    .select(withOwner)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(eq(savedViews.id, id));
  return row && flatten(row);
}

/** Whether the user has another view of the list by this name, ignoring case. */
export async function savedViewNameTaken(
  executor: Executor,
  view: { userId: number; list: string; name: string; exceptId?: number },
): Promise<boolean> {
  const [row] = await executor
    .select({ id: savedViews.id })
    .from(savedViews)
    .where(
      and(
        eq(savedViews.userId, view.userId),
        eq(savedViews.list, view.list),
        sql`lower(${savedViews.name}) = lower(${view.name})`,
        view.exceptId === undefined ? undefined : ne(savedViews.id, view.exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertSavedView(
  executor: Executor,
  values: Pick<typeof savedViews.$inferInsert, 'userId' | 'list' | 'name' | 'query' | 'shared'>,
): Promise<SavedViewRow> {
  const [row] = await executor.insert(savedViews).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the changes if the view is still at the expected version (any version when none is expected). */
export async function updateSavedView(
  executor: Executor,
  id: number,
  changes: Partial<Pick<SavedViewRow, 'name' | 'query' | 'shared'>>,
  expectedVersion?: number,
): Promise<SavedViewRow | undefined> {
  const [row] = await executor
    .update(savedViews)
    .set({ ...changes, version: sql`${savedViews.version} + 1` })
    .where(
      and(
        eq(savedViews.id, id),
        expectedVersion === undefined ? undefined : eq(savedViews.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

/** Deletes the view if it is still at the expected version; false when it was not. */
export async function deleteSavedView(
  executor: Executor,
  id: number,
  expectedVersion?: number,
): Promise<boolean> {
  const deleted = await executor
    .delete(savedViews)
    .where(
      and(
        eq(savedViews.id, id),
        expectedVersion === undefined ? undefined : eq(savedViews.version, expectedVersion),
      ),
    )
    .returning({ id: savedViews.id });
  return deleted.length === 1;
}
