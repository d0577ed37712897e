import {
  departments as departmentTable,
  employeeSkills,
  employees,
  skills,
} from '../modules/workforce/schema';
import { departmentOfStaffRole, departments, languageSkills } from './demo-catalog';
import { DAY, insertRows, isoDay, type SeedContext } from './seed-context';
import { nextId, type SeedRow } from './seed-insert.util';
import { loadPhase } from './seed-load.util';

/** A staff account that gets an employee record (and owns clients if it sells). */
export type StaffUser = { id: number; role: string; name: string | null; email: string };

export type WorkforcePool = {
  /** The employee record of each staff account that has one. */
  employeeOfUser: Map<number, number>;
  salesEmployeeIds: number[];
  supportEmployeeIds: number[];
};

/**
 * Departments (demo-catalog's), skills, and employees: the first of each department heads it and the
 * others report to the head. Staff accounts that exist already get the employee record of a fitting
 * department, under their own name, so the org view and task assignment link up with sign-in.
 */
export async function seedWorkforce(
  context: SeedContext,
  options: { count: number; staff: readonly StaffUser[] },
): Promise<WorkforcePool> {
  const { random, asOf } = context;
  const { faker } = random;
  const pool: WorkforcePool = { employeeOfUser: new Map(), salesEmployeeIds: [], supportEmployeeIds: [] };
  await loadPhase(
    context.db,
    {
      tables: [departmentTable, skills, employees, employeeSkills],
      rebuild: options.count >= context.rebuildFromRows,
      onProgress: context.progress,
    },
    async (transaction) => {
      const names = Object.keys(departments);
      const departmentStart = await nextId(transaction, departmentTable);
      const employeeStart = await nextId(transaction, employees);
      const skillStart = await nextId(transaction, skills);
      const skillNames = [
        ...new Set([
          ...Object.values(departments).flatMap((department) => department.skills),
          ...languageSkills,
        ]),
      ];
      const skillId = (name: string) => skillStart + skillNames.indexOf(name);
      const founded = asOf - 3_000 * DAY;

      // Every department gets its head first (as far as the count goes), then the rest by department size.
      const departmentOf = Array.from({ length: options.count }, (_, index) =>
        index < names.length
          ? (names[index] as string)
          : random.weighted(names.map((name) => [name, departments[name]?.weight ?? 1] as const)),
      );
      const headOf = new Map<string, number>();
      departmentOf.forEach((name, index) => {
        if (!headOf.has(name)) headOf.set(name, employeeStart + index);
      });
      // Staff accounts take the head of their department (a manager) or its first other member.
      const userOf = new Map<number, StaffUser>();
      for (const user of options.staff) {
        const department = departmentOfStaffRole[user.role];
        const slot = departmentOf.findIndex(
          (name, index) =>
            name === department &&
            !userOf.has(index) &&
            (user.role === 'manager' || user.role === 'admin' || employeeStart + index !== headOf.get(name)),
        );
        if (slot >= 0) userOf.set(slot, user);
      }

      await insertRows(
        context,
        transaction,
        skills,
        skillNames.map((name, offset) => ({
          id: skillStart + offset,
          name,
          createdAt: founded,
          updatedAt: founded,
        })),
      );
      await insertRows(
        context,
        transaction,
        departmentTable,
        names.map((name, offset) => ({
          id: departmentStart + offset,
          name,
          headEmployeeId: headOf.get(name) ?? null,
          createdAt: founded,
          updatedAt: founded,
        })),
      );

      const employeeRows: SeedRow<typeof employees>[] = [];
      const skillRows: SeedRow<typeof employeeSkills>[] = [];
      for (let index = 0; index < options.count; index++) {
        const id = employeeStart + index;
        const departmentName = departmentOf[index] as string;
        const department = departments[departmentName] as (typeof departments)[string];
        const isHead = headOf.get(departmentName) === id;
        const user = userOf.get(index);
        const firstName = faker.person.firstName();
        const lastName = faker.person.lastName();
        const hired = isHead ? asOf - random.int(1_500, 3_000) * DAY : asOf - random.int(0, 2_900) * DAY;
        const status =
          isHead || user
            ? 'active'
            : random.weighted([
                ['active', 90],
                ['on_leave', 6],
                ['terminated', 4],
              ] as const);
        employeeRows.push({
          id,
          name: user?.name ?? `${firstName} ${lastName}`,
          email:
            user?.email ??
            `${firstName}.${lastName}.${index + 1}@smartcrm.example`
              .toLowerCase()
              .replace(/[^a-z0-9.@-]/g, ''),
          role: isHead ? department.head : random.pick(department.roles),
          department: departmentName,
          departmentId: departmentStart + names.indexOf(departmentName),
          managerId: isHead ? null : (headOf.get(departmentName) as number),
          hireDate: isoDay(hired),
          status,
          phone: faker.phone.number({ style: 'international' }),
          userId: user?.id ?? null,
          createdAt: hired,
          updatedAt: hired,
        });
        const own = new Set<string>();
        for (let wanted = random.int(1, 3); own.size < wanted; ) {
          own.add(random.chance(0.2) ? random.pick(languageSkills) : random.pick(department.skills));
        }
        for (const name of own) {
          skillRows.push({
            employeeId: id,
            skillId: skillId(name),
            level: isHead ? random.int(4, 5) : random.int(1, 5),
          });
        }
        if (user) pool.employeeOfUser.set(user.id, id);
        if (status === 'active' && departmentName === 'Sales') pool.salesEmployeeIds.push(id);
        if (status === 'active' && departmentName === 'Support') pool.supportEmployeeIds.push(id);
      }
      for (let start = 0; start < employeeRows.length; start += context.batchSize) {
        await insertRows(
          context,
          transaction,
          employees,
          employeeRows.slice(start, start + context.batchSize),
        );
        context.progress(
          'employees',
          Math.min(start + context.batchSize, employeeRows.length),
          employeeRows.length,
        );
      }
      for (let start = 0; start < skillRows.length; start += context.batchSize) {
        await insertRows(
          context,
          transaction,
          employeeSkills,
          skillRows.slice(start, start + context.batchSize),
        );
      }
    },
  );
  return pool;
}
