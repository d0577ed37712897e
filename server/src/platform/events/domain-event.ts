import type { z } from 'zod';
import type { Executor } from '../db/database';
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
