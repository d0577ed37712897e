import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from '../../platform/db/columns';
import { users } from '../identity/schema';

export const employeeStatuses = ['active', 'on_leave', 'terminated'] as const;

export const departments = pgTable('departments', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 100 }).notNull().unique(),
  parentId: integer('parent_id').references((): AnyPgColumn => departments.id, { onDelete: 'restrict' }),
  // The employee heading the department (no foreign key at the column to avoid a cycle at creation).
  headEmployeeId: integer('head_employee_id'),
  ...timestamps,
  ...versionColumn,
});

/** Skills employees have, matched to ticket categories by routing. */
export const skills = pgTable('skills', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 100 }).notNull().unique(),
  ...timestamps,
});

export const employees = pgTable(
  'employees',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 255 }).notNull(),
    email: varchar('email', { length: 255 }).notNull().unique(),
    // Job title, e.g. "Support Engineer"; not the sign-in role, which lives on users.
    role: varchar('role', { length: 100 }).notNull(),
    department: varchar('department', { length: 100 }).notNull(),
    hireDate: date('hire_date', { mode: 'string' }).notNull(),
    status: varchar('status', { length: 50, enum: employeeStatuses }).notNull().default('active'),
    // `department` is the brief's name column, kept in step with the department row.
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    managerId: integer('manager_id').references((): AnyPgColumn => employees.id, { onDelete: 'set null' }),
    phone: varchar('phone', { length: 50 }),
    // The sign-in account of this employee, if they have one (one account per employee at most).
    userId: integer('user_id')
      .unique()
      .references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('employees_status_check', sql`${table.status} in ('active', 'on_leave', 'terminated')`),
    index('employees_name_sort_idx').on(table.name, table.id),
    index('employees_hire_date_sort_idx').on(table.hireDate, table.id),
    index('employees_name_trgm_idx').using('gin', table.name.op('gin_trgm_ops')),
    index('employees_email_trgm_idx').using('gin', table.email.op('gin_trgm_ops')),
    index('employees_department_id_idx').on(table.departmentId),
    index('employees_manager_id_idx').on(table.managerId),
  ],
);

export const employeeSkills = pgTable(
  'employee_skills',
  {
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    // 1 (basic) to 5 (expert).
    level: smallint('level').notNull().default(3),
  },
  (table) => [
    primaryKey({ columns: [table.employeeId, table.skillId] }),
    check('employee_skills_level_range', sql`${table.level} between 1 and 5`),
    index('employee_skills_skill_idx').on(table.skillId),
  ],
);
