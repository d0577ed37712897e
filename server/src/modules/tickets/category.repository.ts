import { and, eq, getTableColumns, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { skills } from '../workforce';
import type { SkillRequirement } from './routing.util';
import { ticketCategories, ticketQueues } from './schema';

export type CategoryRow = typeof ticketCategories.$inferSelect;
export type CategoryValues = Pick<CategoryRow, 'name' | 'queueId' | 'skillId' | 'minSkillLevel'>;
export type CategoryListRow = CategoryRow & { queueName: string | null; skillName: string | null };

const listColumns = {
  ...getTableColumns(ticketCategories),
  queueName: ticketQueues.name,
  skillName: skills.name,
};

export async function findCategories(
  executor: Executor,
  query: { sort: string; cursor?: string; limit: number; q?: string },
): Promise<Page<CategoryListRow>> {
  const plan = planKeyset(query, { columns: { name: ticketCategories.name }, id: ticketCategories.id });
  const rows = await executor
    .select(listColumns)
    .from(ticketCategories)
    .leftJoin(ticketQueues, eq(ticketQueues.id, ticketCategories.queueId))
    .leftJoin(skills, eq(skills.id, ticketCategories.skillId))
    .where(
      and(plan.where, query.q ? sql`${ticketCategories.name} ilike ${containsPattern(query.q)}` : undefined),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findCategoryById(executor: Executor, id: number): Promise<CategoryListRow | undefined> {
  const [row] = await executor
    .select(listColumns)
    .from(ticketCategories)
    .leftJoin(ticketQueues, eq(ticketQueues.id, ticketCategories.queueId))
    .leftJoin(skills, eq(skills.id, ticketCategories.skillId))
    .where(eq(ticketCategories.id, id));
  return row;
}

export async function categoryNameTaken(
  executor: Executor,
  name: string,
  exceptId?: number,
): Promise<boolean> {
  const [row] = await executor
    .select({ id: ticketCategories.id })
    .from(ticketCategories)
    .where(
      and(
        sql`lower(${ticketCategories.name}) = lower(${name})`,
        exceptId === undefined ? undefined : ne(ticketCategories.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertCategory(executor: Executor, values: CategoryValues): Promise<CategoryRow> {
  const [row] = await executor.insert(ticketCategories).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the changes if the category is still at `expectedVersion` (when given); undefined otherwise. */
export async function updateCategory(
  executor: Executor,
  id: number,
  changes: Partial<CategoryValues>,
  expectedVersion?: number,
): Promise<CategoryRow | undefined> {
  const [row] = await executor
    .update(ticketCategories)
    .set({ ...changes, version: sql`${ticketCategories.version} + 1` })
    .where(
      and(
        eq(ticketCategories.id, id),
        expectedVersion === undefined ? undefined : eq(ticketCategories.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteCategory(executor: Executor, id: number): Promise<void> {
  await executor.delete(ticketCategories).where(eq(ticketCategories.id, id));
}

/** How many tickets are filed under the category. */
export async function countCategoryTickets(executor: Executor, id: number): Promise<number> {
  const [row] = await queryRows<{ total: number }>(
    executor,
    sql`select count(*)::int as total from tickets where category_id = ${id}`,
  );
  return row?.total ?? 0;
}

/** Category id → the skill its tickets need, for the categories that name one. */
export async function findSkillRequirements(
  executor: Executor,
  categoryIds: readonly number[],
): Promise<Map<number, SkillRequirement>> {
  if (categoryIds.length === 0) return new Map();
  const rows = await executor
    .select({
      id: ticketCategories.id,
      skillId: ticketCategories.skillId,
      minLevel: ticketCategories.minSkillLevel,
    })
    .from(ticketCategories)
    .where(and(inArray(ticketCategories.id, [...categoryIds]), isNotNull(ticketCategories.skillId)));
  return new Map(
    rows.map((row) => [row.id, { skillId: row.skillId as number, minLevel: row.minLevel }] as const),
  );
}
