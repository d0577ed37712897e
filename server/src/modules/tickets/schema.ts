import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';
import { clients } from '../clients/schema';
import { employees } from '../workforce/schema';

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export const ticketStatuses = ['open', 'in_progress', 'waiting', 'resolved', 'closed'] as const;

export const tickets = pgTable(
  'tickets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    assignedTo: integer('assigned_to').references(() => employees.id),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description'),
    priority: varchar('priority', { length: 50, enum: ticketPriorities }).notNull().default('medium'),
    status: varchar('status', { length: 50, enum: ticketStatuses }).notNull().default('open'),
    resolvedAt: timestampColumn('resolved_at'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('tickets_priority_check', sql`${table.priority} in ('low', 'medium', 'high', 'urgent')`),
    check(
      'tickets_status_check',
      sql`${table.status} in ('open', 'in_progress', 'waiting', 'resolved', 'closed')`,
    ),
    index('tickets_client_id_created_at_idx').on(table.clientId, table.createdAt, table.id),
    index('tickets_assigned_to_idx').on(table.assignedTo),
    index('tickets_created_at_sort_idx').on(table.createdAt, table.id),
    index('tickets_updated_at_sort_idx').on(table.updatedAt, table.id),
    index('tickets_title_trgm_idx').using('gin', table.title.op('gin_trgm_ops')),
  ],
);
