import { and, asc, count, eq, getTableColumns, ilike, ne, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { DepartmentListQuery } from './dto';
import { departments, employees } from './schema';

export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentWithCount = DepartmentRow & { employeeCount: number };
export type DepartmentChanges = Partial<Pick<DepartmentRow, 'name' | 'parentId' | 'headEmployeeId'>>;
export type DepartmentRef = { id: number; name: string };

// Headcount shown on departments: terminated employees still belong to one, but no longer count.
// (Qualified by hand: Drizzle leaves column names unqualified in single-table selects.)
const headcount = sql<number>`(select count(*)::int from employees e
  where e.department_id = departments.id and e.status <> 'terminated')`;

const withCount = { ...getTableColumns(departments), employeeCount: headcount };

export async function findDepartments(
  executor: Executor,
  query: DepartmentListQuery,
): Promise<Page<DepartmentWithCount>> {
  const plan = planKeyset(query, { columns: { name: departments.name }, id: departments.id });
  const rows = await executor
    .select(withCount)
    .from(departments)
    .where(
      and(
        plan.where,
        query.q ? ilike(departments.name, containsPattern(query.q)) : undefined,
        query.parentId === undefined ? undefined : eq(departments.parentId, query.parentId),
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

/** Every department, by name: a company has tens of them, so the tree is built from one read. */
export function findAllDepartments(executor: Executor): Promise<DepartmentWithCount[]> {
  return executor.select(withCount).from(departments).orderBy(asc(departments.name), asc(departments.id));
}

export async function findDepartmentById(
  executor: Executor,
  id: number,
): Promise<DepartmentWithCount | undefined> {
  const [row] = await executor.select(withCount).from(departments).where(eq(departments.id, id));
  return row;
}

/** Names are unique regardless of case ("Sales" and "sales" would be the same department to a person). */
export async function departmentNameTaken(executor: Executor, name: string, exceptId?: number) {
  const [row] = await executor
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(
        sql`lower(${departments.name}) = lower(${name})`,
        exceptId === undefined ? undefined : ne(departments.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function findChildDepartments(executor: Executor, id: number): Promise<DepartmentRef[]> {
  return executor
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.parentId, id))
    .orderBy(asc(departments.name), asc(departments.id));
}

/** The department and the chain of its parents, outermost first. */
export async function findDepartmentPath(executor: Executor, id: number): Promise<DepartmentRef[]> {
  // The depth guard stops a walk that somehow met a cycle; writes never create one.
  const rows = await queryRows<DepartmentRef & { depth: number }>(
    executor,
    sql`with recursive chain(id, name, parent_id, depth) as (
          select id, name, parent_id, 0 from departments where id = ${id}
          union all
          select d.id, d.name, d.parent_id, chain.depth + 1
          from departments d join chain on d.id = chain.parent_id
          where chain.depth < 100
        )
        select id, name, depth from chain order by depth desc`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name }));
}

/** Ids of the department and everything below it. */
export function departmentSubtree(id: number) {
  return sql`(with recursive subtree(id, depth) as (
      select id, 0 from departments where id = ${id}
      union all
      select d.id, subtree.depth + 1 from departments d join subtree on d.parent_id = subtree.id
      where subtree.depth < 100
    ) select id from subtree)`;
}

export async function countDepartmentEmployees(executor: Executor, id: number): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(employees)
    .where(eq(employees.departmentId, id));
  return row?.total ?? 0;
}

export async function countChildDepartments(executor: Executor, id: number): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(departments)
    .where(eq(departments.parentId, id));
  return row?.total ?? 0;
}

export async function insertDepartment(
  executor: Executor,
  values: typeof departments.$inferInsert,
): Promise<DepartmentRow> {
  const [row] = await executor.insert(departments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies changes and bumps the version; undefined when the row is gone or not at the expected version. */
export async function updateDepartment(
  executor: Executor,
  id: number,
  changes: DepartmentChanges,
  expectedVersion?: number,
): Promise<DepartmentRow | undefined> {
  const [row] = await executor
    .update(departments)
    .set({ ...changes, version: sql`${departments.version} + 1` })
    .where(
      and(
        eq(departments.id, id),
        expectedVersion === undefined ? undefined : eq(departments.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteDepartmentRow(
  executor: Executor,
  id: number,
  expectedVersion?: number,
): Promise<boolean> {
  const deleted = await executor
    .delete(departments)
    .where(
      and(
        eq(departments.id, id),
        expectedVersion === undefined ? undefined : eq(departments.version, expectedVersion),
      ),
    )
    .returning({ id: departments.id });
  return deleted.length === 1;
}

/** Departments an employee heads lose their head (the employee leaves or is removed); returns their ids. */
export async function clearDepartmentHead(executor: Executor, employeeId: number): Promise<number[]> {
  const rows = await executor
    .update(departments)
    .set({ headEmployeeId: null, version: sql`${departments.version} + 1` })
    .where(eq(departments.headEmployeeId, employeeId))
    .returning({ id: departments.id });
  return rows.map((row) => row.id);
}

export async function findDepartmentsHeadedBy(
  executor: Executor,
  employeeId: number,
): Promise<DepartmentRef[]> {
  return executor
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.headEmployeeId, employeeId));
}

/**
 * Serialises changes to the department tree for the rest of the transaction, so two concurrent moves
 * cannot each pass the cycle check and together make a cycle.
 */
export async function lockDepartmentTree(executor: Executor): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext('workforce.department_tree'))`);
}
