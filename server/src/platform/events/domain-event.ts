import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../db/database';
import { reusableSqlStatement } from '../db/prepared';
import type { AuditActor } from '../http/audit-actor';
import { domainEvents } from './schema';

/** A named event with its payload schema; modules declare theirs in `events.ts`. */
export type EventDefinition<Payload extends z.ZodType> = {
  type: string;
  aggregateType: string;
  payload: Payload;
};

export function defineEvent<Payload extends z.ZodType>(
  definition: EventDefinition<Payload>,
): EventDefinition<Payload> {
  return definition;
}

export type EventOccurrence<Payload extends z.ZodType> = {
  aggregateId: number;
  payload: z.input<Payload>;
  actor?: AuditActor;
};

/**
 * Records an event in the caller's transaction: it is delivered only if the transaction commits.
 * The payload is checked against the event's schema, so handlers can trust it.
 */
export async function recordEvent<Payload extends z.ZodType>(
  executor: Executor,
  definition: EventDefinition<Payload>,
  occurrence: EventOccurrence<Payload>,
): Promise<void> {
  const payload = definition.payload.parse(occurrence.payload) as Record<string, unknown>;
  await executor.insert(domainEvents).values({
    type: definition.type,
    aggregateType: definition.aggregateType,
    aggregateId: occurrence.aggregateId,
    payload,
    actorUserId: occurrence.actor?.user?.id ?? null,
    requestId: occurrence.actor?.requestId ?? null,
  });
}

/** An event waiting to be recorded with others by `recordEvents`; `pendingEvent` type-checks its payload. */
export type PendingEvent = {
  definition: EventDefinition<z.ZodType>;
  occurrence: EventOccurrence<z.ZodType>;
};

export function pendingEvent<Payload extends z.ZodType>(
  definition: EventDefinition<Payload>,
  occurrence: EventOccurrence<Payload>,
): PendingEvent {
  return { definition, occurrence } as PendingEvent;
}

type EventColumns = 'types' | 'aggregateTypes' | 'aggregateIds' | 'payloads' | 'actorUserIds' | 'requestIds';

// One statement whatever the number of events; `ordinality` keeps their ids in the order they were given.
function insertEventsFrom(arrays: Record<EventColumns, unknown>) {
  return sql`insert into domain_events (type, aggregate_type, aggregate_id, payload, actor_user_id, request_id)
    select type, aggregate_type, aggregate_id, payload::jsonb, actor_user_id, request_id
    from unnest(${arrays.types}::varchar[], ${arrays.aggregateTypes}::varchar[],
      ${arrays.aggregateIds}::integer[], ${arrays.payloads}::text[],
      ${arrays.actorUserIds}::integer[], ${arrays.requestIds}::varchar[])
      with ordinality as event(type, aggregate_type, aggregate_id, payload, actor_user_id, request_id, position)
    order by position`;
}

const insertEvents = reusableSqlStatement(
  'record_domain_events',
  insertEventsFrom({
    types: sql.placeholder('types'),
    aggregateTypes: sql.placeholder('aggregateTypes'),
    aggregateIds: sql.placeholder('aggregateIds'),
    payloads: sql.placeholder('payloads'),
    actorUserIds: sql.placeholder('actorUserIds'),
    requestIds: sql.placeholder('requestIds'),
  }),
);

/** The events' columns, each an array in the order given; payloads checked against their schemas. */
function eventColumns(events: readonly PendingEvent[]): Record<EventColumns, unknown[]> {
  const rows = events.map(({ definition, occurrence }) => ({
    type: definition.type,
    aggregateType: definition.aggregateType,
    aggregateId: occurrence.aggregateId,
    payload: JSON.stringify(definition.payload.parse(occurrence.payload)),
    actorUserId: occurrence.actor?.user?.id ?? null,
    requestId: occurrence.actor?.requestId ?? null,
  }));
  return {
    types: rows.map((row) => row.type),
    aggregateTypes: rows.map((row) => row.aggregateType),
    aggregateIds: rows.map((row) => row.aggregateId),
    payloads: rows.map((row) => row.payload),
    actorUserIds: rows.map((row) => row.actorUserId),
    requestIds: rows.map((row) => row.requestId),
  };
}

/**
 * Records several events in one insert, as `recordEvent` records one (same rows, same checks), in the order
 * given: their ids, and so the order handlers receive them in, follow it.
 */
export async function recordEvents(executor: Executor, events: readonly PendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertEvents(executor).execute(eventColumns(events));
}

/** The insert of `recordEvents` as a write not yet run, to send with others (`executeTogether`); null: none. */
export function eventsInsert(events: readonly PendingEvent[]): SQL | null {
  if (events.length === 0) return null;
  const columns = eventColumns(events);
  return insertEventsFrom({
    types: sql.param(columns.types),
    aggregateTypes: sql.param(columns.aggregateTypes),
    aggregateIds: sql.param(columns.aggregateIds),
    payloads: sql.param(columns.payloads),
    actorUserIds: sql.param(columns.actorUserIds),
    requestIds: sql.param(columns.requestIds),
  });
}
