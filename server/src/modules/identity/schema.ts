import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { userRoles } from '../../platform/auth/roles';
import { timestampColumn, timestamps } from '../../platform/db/columns';
import { clients } from '../clients';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    username: varchar('username', { length: 100 }).notNull().unique(),
    email: varchar('email', { length: 255 }).notNull().unique(),
    name: varchar('name', { length: 255 }),
    // argon2id PHC string; null for an account that has not set a password yet (invited, or demo-less install).
    passwordHash: varchar('password_hash', { length: 255 }),
    role: varchar('role', { length: 50, enum: userRoles }).notNull(),
    // The one client a customer account belongs to; always null for staff.
    clientId: integer('client_id').references(() => clients.id),
    isActive: boolean('is_active').notNull().default(true),
    lastLogin: timestampColumn('last_login'),
    ...timestamps,
  },
  (table) => [
    check('users_role_check', sql`${table.role} in ('admin', 'manager', 'agent', 'sales', 'customer')`),
    check('users_customer_has_client', sql`(${table.role} = 'customer') = (${table.clientId} is not null)`),
    index('users_client_id_idx').on(table.clientId),
  ],
);
