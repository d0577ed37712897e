import { and, eq, ilike, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { EmployeeDto, EmployeeListQuery } from './dto';
import { employees } from './schema';

const sortableColumns = { name: employees.name, hireDate: employees.hireDate };

export async function findEmployees(
  executor: Executor,
  query: EmployeeListQuery,
): Promise<Page<EmployeeDto>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: employees.id });
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await executor
    .select()
    .from(employees)
    .where(
      and(
        plan.where,
        pattern ? or(ilike(employees.name, pattern), ilike(employees.email, pattern)) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findEmployeeById(executor: Executor, id: number): Promise<EmployeeDto | undefined> {
  const [row] = await executor.select().from(employees).where(eq(employees.id, id));
  return row;
}
