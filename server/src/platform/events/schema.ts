import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, varchar } from 'drizzle-orm/pg-core';
import { timestampColumn } from '../db/columns';

/**
 * The transactional outbox and permanent log of domain events. A module writes its event in the same
 * transaction as the change; the relay hands it to pg-boss afterwards, so an event exists if and only
 * if its change committed.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    type: varchar('type', { length: 100 }).notNull(),
    // The record the event is about, e.g. ('order', 42), for per-record histories.
    aggregateType: varchar('aggregate_type', { length: 50 }).notNull(),
    aggregateId: integer('aggregate_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    // No foreign key: events outlive the accounts that caused them.
    actorUserId: integer('actor_user_id'),
    requestId: varchar('request_id', { length: 100 }),
    occurredAt: timestampColumn('occurred_at').notNull().defaultNow(),
    // A relay instance claims a batch until this time; if it dies, another picks the batch up after.
    claimedUntil: timestampColumn('claimed_until'),
    relayedAt: timestampColumn('relayed_at'),
  },
  (table) => [
    index('domain_events_unrelayed_idx').on(table.id).where(sql`${table.relayedAt} is null`),
    index('domain_events_aggregate_idx').on(table.aggregateType, table.aggregateId, table.id),
    // No index by type: nothing reads events by type, and every write of every module paid for one.
  ],
);
