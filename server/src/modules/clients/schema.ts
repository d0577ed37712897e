import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from '../../platform/db/columns';

export const clientStatuses = ['lead', 'active', 'inactive', 'churned'] as const;

export const clients = pgTable(
  'clients',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    companyName: varchar('company_name', { length: 255 }).notNull(),
    contactPerson: varchar('contact_person', { length: 255 }),
    email: varchar('email', { length: 255 }),
    phone: varchar('phone', { length: 50 }),
    industry: varchar('industry', { length: 100 }),
    status: varchar('status', { length: 50, enum: clientStatuses }).notNull().default('lead'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('clients_status_check', sql`${table.status} in ('lead', 'active', 'inactive', 'churned')`),
    index('clients_company_name_sort_idx').on(table.companyName, table.id),
    index('clients_created_at_sort_idx').on(table.createdAt, table.id),
    index('clients_company_name_trgm_idx').using('gin', table.companyName.op('gin_trgm_ops')),
    index('clients_contact_person_trgm_idx').using('gin', table.contactPerson.op('gin_trgm_ops')),
    index('clients_email_trgm_idx').using('gin', table.email.op('gin_trgm_ops')),
  ],
);
