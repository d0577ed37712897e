import { and, asc, eq } from 'drizzle-orm';
import { departments, employeeSkills, employees, skills } from '../../src/modules/workforce';
import type { Database } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';

let sequence = 0;
const next = () => ++sequence;

async function insertOne<Row>(promise: Promise<Row[]>): Promise<Row> {
  const [row] = await promise;
  if (!row) throw new Error('factory insert returned no row');
  return row;
}

export function createDepartment(db: Database, overrides: Partial<typeof departments.$inferInsert> = {}) {
  return insertOne(
    db
      .insert(departments)
      .values({ name: `Department ${next()}`, ...overrides })
      .returning(),
  );
}

export function createSkill(db: Database, overrides: Partial<typeof skills.$inferInsert> = {}) {
  return insertOne(
    db
      .insert(skills)
      .values({ name: `Skill ${next()}`, ...overrides })
      .returning(),
  );
}

/** An employee in a department, with the brief's `department` name column in step (as the API keeps it). */
export async function createStaffMember(
  db: Database,
  department: { id: number; name: string },
  overrides: Partial<typeof employees.$inferInsert> = {},
) {
  const n = next();
  return insertOne(
    db
      .insert(employees)
      .values({
        name: `Staff Member ${n}`,
        email: `staff${n}@workforce.example`,
        role: 'Support Engineer',
        hireDate: '2024-03-01',
        ...overrides,
        department: department.name,
        departmentId: department.id,
      })
      .returning(),
  );
}

export async function giveSkill(db: Database, employeeId: number, skillId: number, level = 3) {
  await db.insert(employeeSkills).values({ employeeId, skillId, level });
}

/** The domain events recorded about one record, oldest first. */
export function eventsAbout(db: Database, aggregateType: string, aggregateId: number) {
  return db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.aggregateType, aggregateType), eq(domainEvents.aggregateId, aggregateId)))
    .orderBy(asc(domainEvents.id));
}
