import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/database';

/** What handlers receive: the recorded event with its id, by which they stay idempotent. */
export type DeliveredEvent = {
  eventId: number;
  type: string;
  aggregateType: string;
  aggregateId: number;
  payload: Record<string, unknown>;
  actorUserId: number | null;
  requestId: string | null;
  occurredAt: string;
};

type ClaimedRow = {
  id: number | string;
  type: string;
  aggregate_type: string;
  aggregate_id: number;
  payload: Record<string, unknown>;
  actor_user_id: number | null;
  request_id: string | null;
  occurred_at: Date | string;
};

const CLAIM_SECONDS = 30;

/**
 * Moves committed events from the outbox to their subscribers. Publishing happens after the claim has
 * committed, never inside the writer's transaction: on the embedded database pg-boss shares the one
 * connection, and a query of its own inside an open transaction would wait forever.
 * At least once: a relay that dies mid-batch leaves the claim to lapse and another instance resends.
 */
export function createEventRelay(deps: {
  db: Database;
  publish: (event: DeliveredEvent) => Promise<void>;
  /** Called with each claimed batch before its events are published one by one (to look things up once). */
  beforeBatch?: (events: readonly DeliveredEvent[]) => Promise<void>;
  logger: Logger;
  intervalMs: number;
  batchSize?: number;
}) {
  const { db, publish, logger, intervalMs } = deps;
  const batchSize = deps.batchSize ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function claimBatch(): Promise<DeliveredEvent[]> {
    const result = await db.execute(sql`
      update domain_events set claimed_until = now() + make_interval(secs => ${CLAIM_SECONDS})
      where id in (
        select id from domain_events
        where relayed_at is null and (claimed_until is null or claimed_until < now())
        order by id limit ${batchSize} for update skip locked
      )
      returning id, type, aggregate_type, aggregate_id, payload, actor_user_id, request_id, occurred_at`);
    const rows = (result as unknown as { rows: ClaimedRow[] }).rows;
    return rows
      .map((row) => ({
        eventId: Number(row.id),
        type: row.type,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        payload: row.payload,
        actorUserId: row.actor_user_id,
        requestId: row.request_id,
        occurredAt: new Date(row.occurred_at).toISOString(),
      }))
      .sort((a, b) => a.eventId - b.eventId);
  }

  /** Relays everything waiting now; returns how many events went out. */
  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await claimBatch();
      if (batch.length === 0) return total;
      const delivered: number[] = [];
      try {
        await deps.beforeBatch?.(batch);
        for (const event of batch) {
          await publish(event);
          delivered.push(event.eventId);
        }
      } finally {
        if (delivered.length > 0) {
          await db.execute(
            sql`update domain_events set relayed_at = now() where id in (${sql.join(delivered, sql`, `)})`,
          );
        }
      }
      total += delivered.length;
      if (batch.length < batchSize) return total;
    }
  }

  function relayNow(): Promise<number> {
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  }

  const tick = async () => {
    try {
      await relayNow();
    } catch (error) {
      logger.warn({ err: error }, 'event relay failed; retrying');
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };

  return {
    start() {
      stopped = false;
      timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
    relayNow,
  };
}
