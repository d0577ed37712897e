import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from '../../platform/db/columns';
import { users } from '../identity';

export const employeeStatuses = ['active', 'on_leave', 'terminated'] as const;

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
  ],
);
