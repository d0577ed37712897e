import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { userRoles } from '../../platform/auth/roles';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';
import { clients } from '../clients/schema';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    username: varchar('username', { length: 100 }).notNull().unique(),
    email: varchar('email', { length: 255 }).notNull().unique(),
    name: varchar('name', { length: 255 }),
    phone: varchar('phone', { length: 50 }),
    // BCP 47 language tag the apps show this user (en, zh-CN).
    locale: varchar('locale', { length: 20 }).notNull().default('en'),
    // IANA time zone for dates shown to and scheduled for this user.
    timeZone: varchar('time_zone', { length: 64 }).notNull().default('UTC'),
    avatarUrl: varchar('avatar_url', { length: 2048 }),
    // argon2id PHC string; null for an account that has not set a password yet (invited, or demo-less install).
    passwordHash: varchar('password_hash', { length: 255 }),
    role: varchar('role', { length: 50, enum: userRoles }).notNull(),
    // The one client a customer account belongs to; always null for staff.
    clientId: integer('client_id').references(() => clients.id),
    isActive: boolean('is_active').notNull().default(true),
    lastLogin: timestampColumn('last_login'),
    // When the person proved they own the email (a verification or invitation link); customers need it to sign in.
    emailVerifiedAt: timestampColumn('email_verified_at'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('users_role_check', sql`${table.role} in ('admin', 'manager', 'agent', 'sales', 'customer')`),
    // A customer gets its client when its email is verified; staff never have one.
    check('users_staff_have_no_client', sql`${table.role} = 'customer' or ${table.clientId} is null`),
    index('users_client_id_idx').on(table.clientId),
  ],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Every token descended from one sign-in shares a family; presenting a used token revokes the family.
    familyId: uuid('family_id').notNull(),
    // SHA-256 of the token; the token itself is never stored.
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: timestampColumn('expires_at').notNull(),
    // Set when the token was exchanged for a new one.
    usedAt: timestampColumn('used_at'),
    revokedAt: timestampColumn('revoked_at'),
    userAgent: varchar('user_agent', { length: 255 }),
    ipAddress: varchar('ip_address', { length: 64 }),
    ...timestamps,
  },
  (table) => [
    index('refresh_tokens_user_id_idx').on(table.userId),
    index('refresh_tokens_family_id_idx').on(table.familyId),
  ],
);

export const accountTokenPurposes = ['invitation', 'password_reset', 'email_verification'] as const;

/** Single-use, expiring links sent to people: invitations to set a first password, and password resets. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: varchar('purpose', { length: 30, enum: accountTokenPurposes }).notNull(),
    // SHA-256 of the token in the link; the token itself is never stored.
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: timestampColumn('expires_at').notNull(),
    usedAt: timestampColumn('used_at'),
    // What the link's action needs later, e.g. the company name given at sign-up.
    payload: jsonb('payload').$type<Record<string, string>>().notNull().default({}),
    // Who asked for it: an admin for invitations and admin-started resets, null for self-service ones.
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [
    check(
      'account_tokens_purpose_check',
      sql`${table.purpose} in ('invitation', 'password_reset', 'email_verification')`,
    ),
    index('account_tokens_user_id_idx').on(table.userId),
  ],
);

/**
 * Who changed what, when, from where: one row per write by a signed-in user or API key. Append-only: a
 * trigger refuses updates and deletes (see the migration), so history cannot be rewritten through the app.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // No foreign key: the entry outlives the account it names.
    actorUserId: integer('actor_user_id'),
    actorEmail: varchar('actor_email', { length: 255 }),
    // Set when the write came through an API key (the key's owner is the actor).
    actorApiKeyId: integer('actor_api_key_id'),
    action: varchar('action', { length: 50 }).notNull(),
    resource: varchar('resource', { length: 50 }).notNull(),
    resourceId: varchar('resource_id', { length: 64 }),
    // Changed fields only, as { field: { before, after } }, with secrets replaced by "[redacted]".
    changes: jsonb('changes')
      .$type<Record<string, { before: unknown; after: unknown }>>()
      .notNull()
      .default({}),
    ipAddress: varchar('ip_address', { length: 64 }),
    requestId: varchar('request_id', { length: 128 }),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('audit_log_created_at_idx').on(table.createdAt, table.id),
    index('audit_log_actor_idx').on(table.actorUserId, table.createdAt),
    index('audit_log_resource_idx').on(table.resource, table.resourceId, table.createdAt),
  ],
);

/** Keys for integrations (Power BI, MCP clients, scripts): act as their owner, limited to their scopes. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    // The key's public part, shown in lists so people can tell their keys apart.
    prefix: varchar('prefix', { length: 16 }).notNull(),
    // SHA-256 of the whole key; the key itself is shown once, at creation, and never stored.
    keyHash: varchar('key_hash', { length: 64 }).notNull().unique(),
    // Permissions the key may use: always a subset of its owner's role, checked again on every request.
    scopes: text('scopes').array().notNull(),
    expiresAt: timestampColumn('expires_at'),
    lastUsedAt: timestampColumn('last_used_at'),
    revokedAt: timestampColumn('revoked_at'),
    ...timestamps,
  },
  (table) => [index('api_keys_user_id_idx').on(table.userId)],
);

/**
 * A named view of an admin list (its search, filters, sort and page size, as the list's URL query). Each user
 * keeps their own; a shared view is offered to every staff user who can open that list.
 */
export const savedViews = pgTable(
  'saved_views',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Which list the view belongs to: clients, orders, products, employees, …
    list: varchar('list', { length: 40 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    // The list's URL query without the page cursor, e.g. `stage=lead&sort=-updatedAt`.
    query: varchar('query', { length: 2000 }).notNull(),
    shared: boolean('shared').notNull().default(false),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [uniqueIndex('saved_views_user_list_name_idx').on(table.userId, table.list, table.name)],
);
