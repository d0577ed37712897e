import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/keyset';
import { users } from '../identity';
import type { StaffMemberDto, StaffQuery } from './dto';
import { employees } from './schema';

// The name other modules show for a user (clients' owners, authors of notes): the same rule here.
const displayName = sql<string>`coalesce(${users.name}, ${users.email})`;

/**
 * Active staff accounts, by name, with their employee record: the people who can own clients. Read-only
 * on identity's users table.
 */
export async function findStaff(executor: Executor, query: StaffQuery): Promise<StaffMemberDto[]> {
  const pattern = query.q ? containsPattern(query.q) : undefined;
  return executor
    .select({
      userId: users.id,
      name: displayName,
      email: users.email,
      role: sql<StaffMemberDto['role']>`${users.role}`,
      employeeId: employees.id,
    })
    .from(users)
    .leftJoin(employees, eq(employees.userId, users.id))
    .where(
      and(
        sql`${users.role} <> 'customer'`,
        eq(users.isActive, true),
        query.userId === undefined ? undefined : eq(users.id, query.userId),
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
      ),
    )
    .orderBy(asc(displayName), asc(users.id))
    .limit(query.limit);
}
