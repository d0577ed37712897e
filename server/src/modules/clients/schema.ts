// Schema files import each other's tables directly (not through the module's index) for foreign keys:
// the index pulls in routes and services, and a cycle through them would leave a table undefined.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';
import { users } from '../identity/schema';

// The brief's account status; the sales pipeline position is `stage`.
export const clientStatuses = ['lead', 'active', 'inactive', 'churned'] as const;
export const clientStages = ['lead', 'prospect', 'customer', 'churned'] as const;
export const clientTiers = ['standard', 'silver', 'gold', 'platinum'] as const;
export const interactionKinds = ['call', 'email', 'meeting', 'note'] as const;
export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export const taskSources = ['manual', 'no_contact_rule', 'renewal_rule'] as const;
export const satisfactionKinds = ['csat', 'nps'] as const;
export const customFieldTypes = ['text', 'number', 'date', 'boolean', 'select'] as const;

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
    stage: varchar('stage', { length: 20, enum: clientStages }).notNull().default('lead'),
    tier: varchar('tier', { length: 20, enum: clientTiers }).notNull().default('standard'),
    // The account manager: a staff user. Sales users may change only the clients they own.
    ownerUserId: integer('owner_user_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    website: varchar('website', { length: 255 }),
    addressLine1: varchar('address_line1', { length: 255 }),
    addressLine2: varchar('address_line2', { length: 255 }),
    city: varchar('city', { length: 100 }),
    region: varchar('region', { length: 100 }),
    postalCode: varchar('postal_code', { length: 20 }),
    country: varchar('country', { length: 2 }),
    annualRevenue: numeric('annual_revenue', { precision: 14, scale: 2 }),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    notes: text('notes'),
    // Values of the admin-defined custom fields, by key; checked against their definitions on write.
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    renewalDate: date('renewal_date', { mode: 'string' }),
    lastContactAt: timestampColumn('last_contact_at'),
    // Archived clients keep all history but leave the working lists; set instead of deleting.
    archivedAt: timestampColumn('archived_at'),
    // Set when this client was merged as a duplicate into another.
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => clients.id),
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
    check('clients_stage_check', sql`${table.stage} in ('lead', 'prospect', 'customer', 'churned')`),
    check('clients_tier_check', sql`${table.tier} in ('standard', 'silver', 'gold', 'platinum')`),
    index('clients_owner_user_id_idx').on(table.ownerUserId),
    index('clients_stage_idx').on(table.stage, table.id),
    // search_text rides along so a search in name order is an index-only scan, whatever the word's frequency.
    index('clients_company_name_sort_idx').on(table.companyName, table.id, table.searchText),
    index('clients_created_at_sort_idx').on(table.createdAt, table.id),
    index('clients_search_text_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops')),
  ],
);

export const clientContacts = pgTable(
  'client_contacts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 255 }).notNull(),
    email: varchar('email', { length: 255 }),
    phone: varchar('phone', { length: 50 }),
    jobTitle: varchar('job_title', { length: 100 }),
    isPrimary: boolean('is_primary').notNull().default(false),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    index('client_contacts_client_idx').on(table.clientId),
    index('client_contacts_email_idx').on(table.email),
    // At most one primary contact per client.
    uniqueIndex('client_contacts_one_primary').on(table.clientId).where(sql`${table.isPrimary}`),
  ],
);

export const clientStageChanges = pgTable(
  'client_stage_changes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    fromStage: varchar('from_stage', { length: 20, enum: clientStages }),
    toStage: varchar('to_stage', { length: 20, enum: clientStages }).notNull(),
    reason: text('reason'),
    changedBy: integer('changed_by'),
    changedAt: timestampColumn('changed_at').notNull().defaultNow(),
  },
  (table) => [index('client_stage_changes_client_idx').on(table.clientId, table.changedAt)],
);

/** Calls, emails, meetings and notes logged by staff. */
export const clientInteractions = pgTable(
  'client_interactions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id').references(() => clientContacts.id, { onDelete: 'set null' }),
    kind: varchar('kind', { length: 20, enum: interactionKinds }).notNull(),
    subject: varchar('subject', { length: 255 }).notNull(),
    body: text('body'),
    occurredAt: timestampColumn('occurred_at').notNull().defaultNow(),
    durationMinutes: integer('duration_minutes'),
    authorUserId: integer('author_user_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [
    check('client_interactions_kind_check', sql`${table.kind} in ('call', 'email', 'meeting', 'note')`),
    index('client_interactions_client_idx').on(table.clientId, table.occurredAt),
  ],
);

/** Follow-ups assigned to employees, by hand or by the relationship rules. */
export const clientTasks = pgTable(
  'client_tasks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description'),
    dueAt: timestampColumn('due_at'),
    assigneeEmployeeId: integer('assignee_employee_id'),
    status: varchar('status', { length: 20, enum: taskStatuses }).notNull().default('open'),
    completedAt: timestampColumn('completed_at'),
    source: varchar('source', { length: 30, enum: taskSources }).notNull().default('manual'),
    // For rule-made tasks: one task per client, rule and occasion, however often the rule runs.
    ruleKey: varchar('rule_key', { length: 100 }),
    reminderSentAt: timestampColumn('reminder_sent_at'),
    createdBy: integer('created_by'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('client_tasks_status_check', sql`${table.status} in ('open', 'done', 'cancelled')`),
    index('client_tasks_client_idx').on(table.clientId),
    index('client_tasks_assignee_due_idx').on(table.assigneeEmployeeId, table.status, table.dueAt),
    uniqueIndex('client_tasks_rule_key_unique').on(table.clientId, table.ruleKey),
  ],
);

/** CSAT (1–5) and NPS (0–10) answers. */
export const satisfactionResponses = pgTable(
  'satisfaction_responses',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 10, enum: satisfactionKinds }).notNull(),
    score: smallint('score').notNull(),
    comment: text('comment'),
    // Where it came from, e.g. a resolved ticket's survey.
    ticketId: integer('ticket_id'),
    respondentUserId: integer('respondent_user_id'),
    respondedAt: timestampColumn('responded_at').notNull().defaultNow(),
    ...timestamps,
  },
  (table) => [
    check(
      'satisfaction_score_range',
      sql`(${table.kind} = 'csat' and ${table.score} between 1 and 5) or (${table.kind} = 'nps' and ${table.score} between 0 and 10)`,
    ),
    index('satisfaction_responses_client_idx').on(table.clientId, table.respondedAt),
    index('satisfaction_responses_kind_idx').on(table.kind, table.respondedAt),
  ],
);

/** Saved segments: filter rules evaluated live. */
export const clientSegments = pgTable('client_segments', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 255 }).notNull(),
  description: text('description'),
  rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
  createdBy: integer('created_by'),
  ...timestamps,
  ...versionColumn,
});

export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // The record type the field belongs to; clients for now.
    entity: varchar('entity', { length: 30 }).notNull().default('client'),
    key: varchar('key', { length: 50 }).notNull(),
    label: varchar('label', { length: 255 }).notNull(),
    type: varchar('type', { length: 20, enum: customFieldTypes }).notNull(),
    options: jsonb('options').$type<string[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    uniqueIndex('custom_field_definitions_key_unique').on(table.entity, table.key),
    check(
      'custom_field_definitions_type_check',
      sql`${table.type} in ('text', 'number', 'date', 'boolean', 'select')`,
    ),
  ],
);

/** Settings of the relationship rules that create follow-up tasks. */
export const relationshipRules = pgTable('relationship_rules', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  kind: varchar('kind', { length: 30, enum: ['no_contact', 'renewal_due'] })
    .notNull()
    .unique(),
  // no_contact: days without an interaction; renewal_due: days before the renewal date.
  days: integer('days').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  ...timestamps,
  ...versionColumn,
});
