// Schema files import each other's tables directly (not through the module's index) for foreign keys.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';
import { clientContacts, clients, clientTiers } from '../clients/schema';
import { users } from '../identity/schema';
import { orders } from '../orders/schema';
import { departments, employees, skills } from '../workforce/schema';
import type { OpeningHours } from './business-calendar.util';
import type { PriorityRules } from './priority-rules.util';
import type { SlaClock } from './sla-clock.util';

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export const ticketStatuses = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'] as const;
export const ticketChannels = ['portal', 'chat', 'email', 'phone', 'api'] as const;
/** Who set the priority: the rules (or a model) at creation, or a person. */
export const prioritySources = ['rules', 'model', 'manual'] as const;
export const routingStrategies = ['round_robin', 'least_loaded', 'skill_based'] as const;
export const agentAvailabilities = ['online', 'away', 'offline'] as const;
export const commentVisibilities = ['public', 'internal'] as const;
export const escalationActions = ['notify_manager', 'raise_priority', 'reassign'] as const;

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** When a team works: opening hours per ISO weekday in one time zone; holidays are rows of their own. */
export const businessCalendars = pgTable('business_calendars', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 100 }).notNull().unique(),
  timeZone: varchar('time_zone', { length: 64 }).notNull(),
  // ISO weekday (1 = Monday) → opening hours in minutes after local midnight.
  week: jsonb('week')
    .$type<Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', OpeningHours[]>>>()
    .notNull(),
  ...timestamps,
  ...versionColumn,
});

export const businessHolidays = pgTable(
  'business_holidays',
  {
    calendarId: integer('calendar_id')
      .notNull()
      .references(() => businessCalendars.id, { onDelete: 'cascade' }),
    // A local date in the calendar's zone.
    day: date('day', { mode: 'string' }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.calendarId, table.day] })],
);

/** Work queues: where tickets wait, who works them, and how they are handed out. */
export const ticketQueues = pgTable(
  'ticket_queues',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 100 }).notNull().unique(),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'set null' }),
    strategy: varchar('strategy', { length: 20, enum: routingStrategies }).notNull().default('round_robin'),
    // Whose turn was last, for round-robin; the queue row is locked while choosing, so turns never repeat.
    lastAssignedEmployeeId: integer('last_assigned_employee_id').references(() => employees.id, {
      onDelete: 'set null',
    }),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('ticket_queues_strategy_check', sql`${table.strategy} in (${inList(routingStrategies)})`),
  ],
);

export const ticketQueueMembers = pgTable(
  'ticket_queue_members',
  {
    queueId: integer('queue_id')
      .notNull()
      .references(() => ticketQueues.id, { onDelete: 'cascade' }),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.queueId, table.employeeId] }),
    index('ticket_queue_members_employee_idx').on(table.employeeId),
  ],
);

/** What a ticket is about; it decides the queue and, for skill-based routing, the skill needed. */
export const ticketCategories = pgTable('ticket_categories', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 100 }).notNull().unique(),
  queueId: integer('queue_id').references(() => ticketQueues.id, { onDelete: 'set null' }),
  skillId: integer('skill_id').references(() => skills.id, { onDelete: 'set null' }),
  minSkillLevel: smallint('min_skill_level').notNull().default(1),
  ...timestamps,
  ...versionColumn,
});

/**
 * An agent's availability and load. The load counters move in the same transaction as the tickets they
 * count, and choosing an agent locks their rows, so capacity holds under concurrent assignment.
 */
export const agentStates = pgTable(
  'agent_states',
  {
    employeeId: integer('employee_id')
      .primaryKey()
      .references(() => employees.id, { onDelete: 'cascade' }),
    availability: varchar('availability', { length: 10, enum: agentAvailabilities })
      .notNull()
      .default('offline'),
    // At most this many active tickets; null is no limit.
    capacity: integer('capacity'),
    activeTickets: integer('active_tickets').notNull().default(0),
    // The same tickets weighted by priority (low 1 … urgent 4).
    weightedLoad: integer('weighted_load').notNull().default(0),
    lastAssignedAt: timestampColumn('last_assigned_at'),
    // When the agent's own app last said it was open (null: never, e.g. set online by someone else).
    lastSeenAt: timestampColumn('last_seen_at'),
    ...timestamps,
  },
  (table) => [
    check('agent_states_availability_check', sql`${table.availability} in (${inList(agentAvailabilities)})`),
    check('agent_states_load_check', sql`${table.activeTickets} >= 0 and ${table.weightedLoad} >= 0`),
  ],
);

/** First-response and resolution targets by priority and client tier (null matches any). */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 100 }).notNull().unique(),
    priority: varchar('priority', { length: 10, enum: ticketPriorities }),
    clientTier: varchar('client_tier', { length: 20, enum: clientTiers }),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    // Warn when this share of a target has passed.
    warnShare: real('warn_share').notNull().default(0.75),
    calendarId: integer('calendar_id').references(() => businessCalendars.id, { onDelete: 'set null' }),
    onWarning: jsonb('on_warning').$type<(typeof escalationActions)[number][]>().notNull().default([]),
    onBreach: jsonb('on_breach').$type<(typeof escalationActions)[number][]>().notNull().default([]),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check(
      'sla_policies_targets_check',
      sql`${table.firstResponseMinutes} > 0 and ${table.resolutionMinutes} > 0`,
    ),
    check('sla_policies_warn_share_check', sql`${table.warnShare} > 0 and ${table.warnShare} < 1`),
    uniqueIndex('sla_policies_match_unique').on(
      sql`coalesce(${table.priority}, '*')`,
      sql`coalesce(${table.clientTier}, '*')`,
    ),
  ],
);

/** One row of support settings: priority rules and the reopen window. */
export const ticketSettings = pgTable(
  'ticket_settings',
  {
    id: smallint('id').primaryKey().default(1),
    priorityRules: jsonb('priority_rules').$type<PriorityRules>().notNull(),
    reopenWindowHours: integer('reopen_window_hours').notNull().default(168),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [check('ticket_settings_singleton', sql`${table.id} = 1`)],
);

/** The SLA clocks of a ticket, in business time (see sla-clock.util.ts). */
export type TicketSlaClocks = { firstResponse: SlaClock; resolution: SlaClock };

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
    status: varchar('status', { length: 50, enum: ticketStatuses }).notNull().default('new'),
    resolvedAt: timestampColumn('resolved_at'),
    // Who asked: a customer's account, or a contact of the client (staff log phone and email tickets).
    requesterUserId: integer('requester_user_id').references(() => users.id, { onDelete: 'set null' }),
    requesterContactId: integer('requester_contact_id').references(() => clientContacts.id, {
      onDelete: 'set null',
    }),
    requesterEmail: varchar('requester_email', { length: 255 }),
    requesterName: varchar('requester_name', { length: 255 }),
    channel: varchar('channel', { length: 10, enum: ticketChannels }).notNull().default('portal'),
    categoryId: integer('category_id').references(() => ticketCategories.id, { onDelete: 'set null' }),
    queueId: integer('queue_id').references(() => ticketQueues.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
    prioritySource: varchar('priority_source', { length: 10, enum: prioritySources })
      .notNull()
      .default('rules'),
    priorityReason: text('priority_reason'),
    assignedAt: timestampColumn('assigned_at'),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => tickets.id, {
      onDelete: 'set null',
    }),
    firstRespondedAt: timestampColumn('first_responded_at'),
    closedAt: timestampColumn('closed_at'),
    reopenCount: integer('reopen_count').notNull().default(0),
    // SLA: the policy, its clocks, and the instants they reach (null while paused or done), kept as columns
    // so the inbox sorts by them with no calendar maths. What the sweep did about them is in ticket_sla_checks.
    slaPolicyId: integer('sla_policy_id').references(() => slaPolicies.id, { onDelete: 'set null' }),
    slaClocks: jsonb('sla_clocks').$type<TicketSlaClocks>(),
    firstResponseWarnAt: timestampColumn('first_response_warn_at'),
    firstResponseDueAt: timestampColumn('first_response_due_at'),
    resolutionWarnAt: timestampColumn('resolution_warn_at'),
    resolutionDueAt: timestampColumn('resolution_due_at'),
    // Business time taken, set when each target is reached (for analytics without calendar maths).
    firstResponseBusinessMs: bigint('first_response_business_ms', { mode: 'number' }),
    resolutionBusinessMs: bigint('resolution_business_ms', { mode: 'number' }),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('tickets_priority_check', sql`${table.priority} in (${inList(ticketPriorities)})`),
    check('tickets_status_check', sql`${table.status} in (${inList(ticketStatuses)})`),
    check('tickets_channel_check', sql`${table.channel} in (${inList(ticketChannels)})`),
    check('tickets_priority_source_check', sql`${table.prioritySource} in (${inList(prioritySources)})`),
    index('tickets_client_id_created_at_idx').on(table.clientId, table.createdAt, table.id),
    index('tickets_created_at_sort_idx').on(table.createdAt, table.id),
    index('tickets_updated_at_sort_idx').on(table.updatedAt, table.id),
    index('tickets_title_trgm_idx').using('gin', table.title.op('gin_trgm_ops')),
    // The inbox: an agent's active work, newest activity first, and by the next SLA deadline.
    index('tickets_assignee_active_idx')
      .on(table.assignedTo, table.updatedAt, table.id)
      .where(sql`${table.status} in ('new', 'open', 'pending', 'on_hold')`),
    index('tickets_assignee_due_idx')
      .on(table.assignedTo, sql`least(${table.firstResponseDueAt}, ${table.resolutionDueAt})`, table.id)
      .where(sql`${table.status} in ('new', 'open', 'on_hold')`),
    index('tickets_due_idx')
      .on(sql`least(${table.firstResponseDueAt}, ${table.resolutionDueAt})`, table.id)
      .where(sql`${table.status} in ('new', 'open', 'on_hold')`),
    index('tickets_unassigned_idx')
      .on(table.queueId, table.createdAt, table.id)
      .where(sql`${table.assignedTo} is null and ${table.status} in ('new', 'open', 'on_hold')`),
    // Partial where most rows have no value (active tickets are unresolved; staff open most tickets; few are
    // about an order): fewer entries to write on every insert and on every update that moves the row.
    index('tickets_requester_user_idx')
      .on(table.requesterUserId, table.createdAt)
      .where(sql`${table.requesterUserId} is not null`),
    index('tickets_order_idx').on(table.orderId).where(sql`${table.orderId} is not null`),
    index('tickets_category_idx').on(table.categoryId),
    index('tickets_resolved_at_idx').on(table.resolvedAt).where(sql`${table.resolvedAt} is not null`),
    // Foreign keys are checked from the referencing side: without these, deleting a ticket scans every ticket.
    index('tickets_merged_into_idx').on(table.mergedIntoId).where(sql`${table.mergedIntoId} is not null`),
  ],
);

/**
 * The SLA sweep's side of a ticket with an SLA: when it next has to look (the earliest warning or target
 * instant not yet acted on) and what it already did. Kept apart from `tickets` so the sweep writes a narrow
 * row with two indexes instead of a new version of a wide row with fourteen.
 */
export const ticketSlaChecks = pgTable(
  'ticket_sla_checks',
  {
    ticketId: integer('ticket_id')
      .primaryKey()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    nextCheckAt: timestampColumn('next_check_at'),
    firstResponseWarnedAt: timestampColumn('first_response_warned_at'),
    firstResponseBreachedAt: timestampColumn('first_response_breached_at'),
    resolutionWarnedAt: timestampColumn('resolution_warned_at'),
    resolutionBreachedAt: timestampColumn('resolution_breached_at'),
  },
  (table) => [
    index('ticket_sla_checks_next_check_idx')
      .on(table.nextCheckAt)
      .where(sql`${table.nextCheckAt} is not null`),
  ],
);

/** The thread: public replies the customer sees and internal notes only staff see. */
export const ticketComments = pgTable(
  'ticket_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    authorUserId: integer('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    // Kept as written: the author's name at the time, and who they were (a guest has no account).
    authorName: varchar('author_name', { length: 255 }).notNull(),
    authorKind: varchar('author_kind', { length: 10, enum: ['staff', 'customer', 'system'] }).notNull(),
    visibility: varchar('visibility', { length: 10, enum: commentVisibilities }).notNull(),
    body: text('body').notNull(),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [
    check('ticket_comments_visibility_check', sql`${table.visibility} in (${inList(commentVisibilities)})`),
    check('ticket_comments_author_kind_check', sql`${table.authorKind} in ('staff', 'customer', 'system')`),
    index('ticket_comments_ticket_idx').on(table.ticketId, table.id),
  ],
);

/** Files attached to a ticket or one of its comments; the bytes live under TICKET_ATTACHMENTS_DIR. */
export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    commentId: integer('comment_id').references(() => ticketComments.id, { onDelete: 'cascade' }),
    fileName: varchar('file_name', { length: 255 }).notNull(),
    contentType: varchar('content_type', { length: 100 }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    // Relative to the attachments directory; never derived from the uploaded name.
    storageKey: varchar('storage_key', { length: 100 }).notNull().unique(),
    // Internal attachments (on internal notes) are never shown to customers.
    visibility: varchar('visibility', { length: 10, enum: commentVisibilities }).notNull().default('public'),
    uploadedByUserId: integer('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [index('ticket_attachments_ticket_idx').on(table.ticketId, table.id)],
);

/** Everything that happened to a ticket, in order: its history. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    // created, status_changed, priority_changed, assigned, unassigned, commented, note_added, tags_changed,
    // category_changed, merged, sla_warning, sla_breached, escalated, attachment_added, rated …
    kind: varchar('kind', { length: 40 }).notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    // Null actor: the system (routing, the SLA sweep).
    actorName: varchar('actor_name', { length: 255 }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [index('ticket_events_ticket_idx').on(table.ticketId, table.id)],
);

/** The one-question survey sent when a ticket is resolved; answered from the portal or a single-use link. */
export const ticketSurveys = pgTable(
  'ticket_surveys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    // SHA-256 of the link's token; the token itself is only ever in the link.
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: timestampColumn('expires_at').notNull(),
    score: smallint('score'),
    comment: text('comment'),
    answeredAt: timestampColumn('answered_at'),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [
    check('ticket_surveys_score_check', sql`${table.score} is null or ${table.score} between 1 and 5`),
    // One open survey per ticket: a reopened and resolved again ticket gets a new one.
    index('ticket_surveys_ticket_idx').on(table.ticketId, table.createdAt),
  ],
);

/**
 * A guest's support request, waiting for them to prove the email address is theirs; following the emailed
 * link turns it into a ticket.
 */
export const ticketGuestRequests = pgTable(
  'ticket_guest_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: varchar('email', { length: 255 }).notNull(),
    name: varchar('name', { length: 255 }).notNull(),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description').notNull(),
    orderReference: varchar('order_reference', { length: 100 }),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: timestampColumn('expires_at').notNull(),
    ticketId: integer('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    verifiedAt: timestampColumn('verified_at'),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('ticket_guest_requests_email_idx').on(table.email, table.createdAt),
    index('ticket_guest_requests_ticket_idx').on(table.ticketId).where(sql`${table.ticketId} is not null`),
  ],
);
