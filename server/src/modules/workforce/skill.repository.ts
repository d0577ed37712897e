import { and, eq, getTableColumns, ilike, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { SkillListQuery } from './dto';
import { skills } from './schema';

export type SkillRow = typeof skills.$inferSelect;
export type SkillWithCount = SkillRow & { employeeCount: number };

// Qualified by hand: Drizzle leaves column names unqualified in single-table selects.
const holders = sql<number>`(select count(*)::int from employee_skills es where es.skill_id = skills.id)`;
const withCount = { ...getTableColumns(skills), employeeCount: holders };

export async function findSkills(executor: Executor, query: SkillListQuery): Promise<Page<SkillWithCount>> {
  const plan = planKeyset(query, { columns: { name: skills.name }, id: skills.id });
  const rows = await executor
    .select(withCount)
    .from(skills)
    .where(and(plan.where, query.q ? ilike(skills.name, containsPattern(query.q)) : undefined))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findSkillById(executor: Executor, id: number): Promise<SkillWithCount | undefined> {
  const [row] = await executor.select(withCount).from(skills).where(eq(skills.id, id));
  return row;
}

export function findSkillsByIds(executor: Executor, ids: number[]): Promise<SkillRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor.select().from(skills).where(inArray(skills.id, ids));
}

/** Names are unique regardless of case, so routing by "Billing" and "billing" means one skill. */
export async function skillNameTaken(executor: Executor, name: string, exceptId?: number): Promise<boolean> {
  const [row] = await executor
    .select({ id: skills.id })
    .from(skills)
    .where(
      and(
        sql`lower(${skills.name}) = lower(${name})`,
        exceptId === undefined ? undefined : ne(skills.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertSkill(executor: Executor, name: string): Promise<SkillRow> {
  const [row] = await executor.insert(skills).values({ name }).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function renameSkill(
  executor: Executor,
  id: number,
  name: string,
): Promise<SkillRow | undefined> {
  const [row] = await executor.update(skills).set({ name }).where(eq(skills.id, id)).returning();
  return row;
}

/** Deletes the skill unless an employee has it; false when it is gone or in use. */
export async function deleteUnusedSkill(executor: Executor, id: number): Promise<boolean> {
  const deleted = await executor
    .delete(skills)
    .where(
      and(
        eq(skills.id, id),
        sql`not exists (select 1 from employee_skills es where es.skill_id = skills.id)`,
      ),
    )
    .returning({ id: skills.id });
  return deleted.length === 1;
}
