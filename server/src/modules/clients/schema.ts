import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
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
    // Everything `q` searches, lower-cased once on write: one trigram index and a cheap LIKE instead of
    // three ILIKEs that lower-case every row they look at.
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower(company_name || ' ' || coalesce(contact_person, '') || ' ' || coalesce(email, ''))`,
    ),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('clients_status_check', sql`${table.status} in ('lead', 'active', 'inactive', 'churned')`),
    // search_text rides along so a search in name order is an index-only scan, whatever the word's frequency.
    index('clients_company_name_sort_idx').on(table.companyName, table.id, table.searchText),
    index('clients_created_at_sort_idx').on(table.createdAt, table.id),
    index('clients_search_text_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops')),
  ],
);
