import { and, asc, count, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { users } from '../identity';
import { departmentSubtree } from './department.repository';
import type { EmployeeListQuery, EmployeeSkillDto, EmployeeSummary, SkillLevelInput } from './dto';
import { employeeSkills, employees, skills } from './schema';

export type EmployeeRow = typeof employees.$inferSelect;
export type NewEmployeeRow = typeof employees.$inferInsert;
export type EmployeeChanges = Partial<
  Pick<
    EmployeeRow,
    | 'name'
    | 'email'
    | 'role'
    | 'department'
    | 'departmentId'
    | 'hireDate'
    | 'phone'
    | 'status'
    | 'managerId'
    | 'userId'
  >
>;

const sortableColumns = { name: employees.name, hireDate: employees.hireDate };

const summaryColumns = {
  id: employees.id,
  name: employees.name,
  role: employees.role,
  status: employees.status,
};

export async function findEmployees(
  executor: Executor,
  query: EmployeeListQuery,
): Promise<Page<EmployeeRow>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: employees.id });
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await executor
    .select()
    .from(employees)
    .where(
      and(
        plan.where,
        pattern ? or(ilike(employees.name, pattern), ilike(employees.email, pattern)) : undefined,
        departmentFilter(query),
        query.skillId === undefined
          ? undefined
          : sql`exists (select 1 from employee_skills es where es.employee_id = employees.id
              and es.skill_id = ${query.skillId} and es.level >= ${query.minSkillLevel ?? 1})`,
        query.status ? eq(employees.status, query.status) : undefined,
        query.managerId === undefined ? undefined : eq(employees.managerId, query.managerId),
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

function departmentFilter(query: EmployeeListQuery): SQL | undefined {
  if (query.departmentId === undefined) return undefined;
  if (!query.includeSubdepartments) return eq(employees.departmentId, query.departmentId);
  return sql`${employees.departmentId} in ${departmentSubtree(query.departmentId)}`;
}

export async function findEmployeeById(executor: Executor, id: number): Promise<EmployeeRow | undefined> {
  const [row] = await executor.select().from(employees).where(eq(employees.id, id));
  return row;
}

export async function findEmployeeSummary(
  executor: Executor,
  id: number,
): Promise<EmployeeSummary | undefined> {
  const [row] = await executor.select(summaryColumns).from(employees).where(eq(employees.id, id));
  return row;
}

export function findDirectReports(executor: Executor, managerId: number): Promise<EmployeeSummary[]> {
  return executor
    .select(summaryColumns)
    .from(employees)
    .where(eq(employees.managerId, managerId))
    .orderBy(asc(employees.name), asc(employees.id));
}

export async function countDirectReports(executor: Executor, managerId: number): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(employees)
    .where(eq(employees.managerId, managerId));
  return row?.total ?? 0;
}

export async function employeeEmailTaken(
  executor: Executor,
  email: string,
  exceptId?: number,
): Promise<boolean> {
  const [row] = await executor
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(
        sql`lower(${employees.email}) = ${email.toLowerCase()}`,
        exceptId === undefined ? undefined : ne(employees.id, exceptId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function findEmployeeByUserId(
  executor: Executor,
  userId: number,
): Promise<EmployeeRow | undefined> {
  const [row] = await executor.select().from(employees).where(eq(employees.userId, userId));
  return row;
}

export async function insertEmployee(executor: Executor, values: NewEmployeeRow): Promise<EmployeeRow> {
  const [row] = await executor.insert(employees).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies changes and bumps the version; undefined when the row is gone or not at the expected version. */
export async function updateEmployee(
  executor: Executor,
  id: number,
  changes: EmployeeChanges,
  expectedVersion?: number,
): Promise<EmployeeRow | undefined> {
  const [row] = await executor
    .update(employees)
    .set({ ...changes, version: sql`${employees.version} + 1` })
    .where(
      and(
        eq(employees.id, id),
        expectedVersion === undefined ? undefined : eq(employees.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteEmployeeRow(
  executor: Executor,
  id: number,
  expectedVersion?: number,
): Promise<boolean> {
  const deleted = await executor
    .delete(employees)
    .where(
      and(
        eq(employees.id, id),
        expectedVersion === undefined ? undefined : eq(employees.version, expectedVersion),
      ),
    )
    .returning({ id: employees.id });
  return deleted.length === 1;
}

/** Keeps the brief's `department` name column in step after a department is renamed. */
export async function renameDepartmentOnEmployees(
  executor: Executor,
  departmentId: number,
  name: string,
): Promise<void> {
  await executor
    .update(employees)
    .set({ department: name, version: sql`${employees.version} + 1` })
    .where(and(eq(employees.departmentId, departmentId), ne(employees.department, name)));
}

/** Moves every direct report of one manager to another (or to no one); returns the ids moved. */
export async function reassignDirectReports(
  executor: Executor,
  fromManagerId: number,
  toManagerId: number | null,
): Promise<number[]> {
  const rows = await executor
    .update(employees)
    .set({ managerId: toManagerId, version: sql`${employees.version} + 1` })
    .where(eq(employees.managerId, fromManagerId))
    .returning({ id: employees.id });
  return rows.map((row) => row.id);
}

/** The employee's managers, nearest first. */
export async function findManagementChain(executor: Executor, employeeId: number): Promise<number[]> {
  // The depth guard stops a walk that somehow met a cycle in old data; writes never create one.
  const rows = await queryRows<{ id: number }>(
    executor,
    sql`with recursive chain(id, manager_id, depth) as (
          select id, manager_id, 0 from employees where id = ${employeeId}
          union all
          select e.id, e.manager_id, chain.depth + 1
          from employees e join chain on e.id = chain.manager_id
          where chain.depth < 1000
        )
        select id from chain where depth > 0 order by depth`,
  );
  return rows.map((row) => row.id);
}

/**
 * Serialises changes to reporting lines for the rest of the transaction, so two concurrent manager
 * changes cannot each pass the cycle check and together make a cycle.
 */
export async function lockReportingLines(executor: Executor): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext('workforce.reporting_lines'))`);
}

export function findEmployeeSkills(executor: Executor, employeeId: number): Promise<EmployeeSkillDto[]> {
  return executor
    .select({ skillId: skills.id, name: skills.name, level: employeeSkills.level })
    .from(employeeSkills)
    .innerJoin(skills, eq(skills.id, employeeSkills.skillId))
    .where(eq(employeeSkills.employeeId, employeeId))
    .orderBy(asc(skills.name), asc(skills.id));
}

export async function replaceEmployeeSkills(
  executor: Executor,
  employeeId: number,
  levels: SkillLevelInput[],
): Promise<void> {
  await executor.delete(employeeSkills).where(eq(employeeSkills.employeeId, employeeId));
  if (levels.length === 0) return;
  await executor
    .insert(employeeSkills)
    .values(levels.map((entry) => ({ employeeId, skillId: entry.skillId, level: entry.level })));
}

/**
 * What an account must be to belong to an employee. Reads identity's table (exported by its index) and
 * never writes it: the account's life stays with identity.
 */
export async function findAccountForLink(
  executor: Executor,
  userId: number,
): Promise<{ id: number; role: string; isActive: boolean } | undefined> {
  const [row] = await executor
    .select({ id: users.id, role: users.role, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export type OrgChartRow = EmployeeSummary & {
  departmentId: number | null;
  department: string;
  managerId: number | null;
};

const orgChartColumns = {
  ...summaryColumns,
  departmentId: employees.departmentId,
  department: employees.department,
  managerId: employees.managerId,
};

/**
 * The employees an org chart shows, unordered: everyone, the members of a department and its
 * sub-departments, or an employee and everyone below them (down to `depth` levels).
 */
export async function findOrgChartRows(
  executor: Executor,
  scope: { rootEmployeeId?: number; departmentId?: number; includeTerminated: boolean; depth?: number },
): Promise<OrgChartRow[]> {
  const living = scope.includeTerminated ? undefined : ne(employees.status, 'terminated');
  if (scope.rootEmployeeId !== undefined) {
    const maxDepth = scope.depth ?? 1000;
    const statusGuard = scope.includeTerminated ? sql`true` : sql`e.status <> 'terminated'`;
    return queryRows<OrgChartRow>(
      executor,
      sql`with recursive below(id, depth) as (
            select id, 0 from employees where id = ${scope.rootEmployeeId}
            union all
            select e.id, below.depth + 1 from employees e join below on e.manager_id = below.id
            where below.depth < ${maxDepth} and ${statusGuard}
          )
          select e.id, e.name, e.role, e.status, e.department_id as "departmentId", e.department,
                 e.manager_id as "managerId"
          from employees e join below on below.id = e.id`,
    );
  }
  return executor
    .select(orgChartColumns)
    .from(employees)
    .where(
      and(
        living,
        scope.departmentId === undefined
          ? undefined
          : sql`${employees.departmentId} in ${departmentSubtree(scope.departmentId)}`,
      ),
    );
}

export type EmployeeWithSkills = {
  id: number;
  name: string;
  email: string;
  role: string;
  departmentId: number | null;
  userId: number | null;
  skills: EmployeeSkillDto[];
};

/**
 * Active employees having at least one of the named skills (names match regardless of case), each with
 * the levels of the named skills they have; those matching the most skills, then at the highest
 * levels, come first. For ticket routing.
 */
export async function findEmployeesWithSkills(
  executor: Executor,
  skillNames: string[],
): Promise<EmployeeWithSkills[]> {
  const names = [...new Set(skillNames.map((name) => name.trim().toLowerCase()).filter(Boolean))];
  if (names.length === 0) return [];
  const rows = await executor
    .select({
      id: employees.id,
      name: employees.name,
      email: employees.email,
      role: employees.role,
      departmentId: employees.departmentId,
      userId: employees.userId,
      skillId: skills.id,
      skillName: skills.name,
      level: employeeSkills.level,
    })
    .from(employeeSkills)
    .innerJoin(skills, eq(skills.id, employeeSkills.skillId))
    .innerJoin(employees, eq(employees.id, employeeSkills.employeeId))
    .where(and(eq(employees.status, 'active'), inArray(sql`lower(${skills.name})`, names)))
    .orderBy(asc(employees.id), asc(skills.name));

  const byEmployee = new Map<number, EmployeeWithSkills>();
  for (const row of rows) {
    let entry = byEmployee.get(row.id);
    if (!entry) {
      entry = {
        id: row.id,
        name: row.name,
        email: row.email,
        role: row.role,
        departmentId: row.departmentId,
        userId: row.userId,
        skills: [],
      };
      byEmployee.set(row.id, entry);
    }
    entry.skills.push({ skillId: row.skillId, name: row.skillName, level: row.level });
  }
  const totalLevel = (entry: EmployeeWithSkills) => entry.skills.reduce((sum, skill) => sum + skill.level, 0);
  return [...byEmployee.values()].sort(
    (a, b) => b.skills.length - a.skills.length || totalLevel(b) - totalLevel(a) || a.id - b.id,
  );
}

/** What ticket routing and escalation need to know of employees: who they are and whom they report to. */
export type EmployeeCard = {
  id: number;
  name: string;
  email: string;
  status: EmployeeRow['status'];
  managerId: number | null;
  departmentId: number | null;
  userId: number | null;
};

/** The employees with these ids that exist, in id order. */
export function findEmployeeCards(executor: Executor, ids: readonly number[]): Promise<EmployeeCard[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .select({
      id: employees.id,
      name: employees.name,
      email: employees.email,
      status: employees.status,
      managerId: employees.managerId,
      departmentId: employees.departmentId,
      userId: employees.userId,
    })
    .from(employees)
    .where(inArray(employees.id, [...new Set(ids)]))
    .orderBy(asc(employees.id));
}

/**
 * Skill levels of these employees (employee id → skill id → level), limited to `skillIds` when given: what
 * skill-based ticket routing compares with a category's requirement.
 */
export async function findEmployeeSkillLevels(
  executor: Executor,
  employeeIds: readonly number[],
  skillIds?: readonly number[],
): Promise<Map<number, Map<number, number>>> {
  const levels = new Map<number, Map<number, number>>();
  if (employeeIds.length === 0 || skillIds?.length === 0) return levels;
  const rows = await executor
    .select({
      employeeId: employeeSkills.employeeId,
      skillId: employeeSkills.skillId,
      level: employeeSkills.level,
    })
    .from(employeeSkills)
    .where(
      and(
        inArray(employeeSkills.employeeId, [...new Set(employeeIds)]),
        skillIds === undefined ? undefined : inArray(employeeSkills.skillId, [...new Set(skillIds)]),
      ),
    );
  for (const row of rows) {
    let skillsOfEmployee = levels.get(row.employeeId);
    if (!skillsOfEmployee) {
      skillsOfEmployee = new Map();
      levels.set(row.employeeId, skillsOfEmployee);
    }
    skillsOfEmployee.set(row.skillId, row.level);
  }
  return levels;
}
