import { sql } from 'drizzle-orm';
import { fromPglite, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import { type Database, type DatabaseHandle, queryRows } from '../db/database';
import { createEventRelay, type DeliveredEvent } from '../events/event-relay';

export type EventHandler = (event: DeliveredEvent) => Promise<void>;
export type ScheduledTask = () => Promise<void>;

type EventSubscription = { eventType: string; handlerName: string; handler: EventHandler };
type Schedule = { name: string; cron: string; task: ScheduledTask };

export type JobRunnerOptions = {
  database: DatabaseHandle;
  /** The PostgreSQL URL for pg-boss's own pool; unset on the embedded database. */
  databaseUrl?: string;
  poolSize: number;
  relayIntervalMs: number;
  logger: Logger;
};

// Handlers are retried with exponential back-off (2 s, 4 s, … about 1 min), then parked in a dead-letter
// queue named after them, where an operator can inspect and replay them.
const RETRY = { retryLimit: 6, retryDelay: 2, retryBackoff: true, retryDelayMax: 120 } as const;
const deadLetterQueue = (handlerName: string) => `${handlerName}.dead`;
// pg-boss's tables live in this schema; the relay reads its subscriptions there.
const PG_BOSS_SCHEMA = 'pgboss';
const QUEUE_NOT_FOUND = 'PGBOSS_QUEUE_NOT_FOUND';

/**
 * Background work on pg-boss: domain-event handlers (at least once, retried, dead-lettered) and cron
 * schedules (once across all instances). Modules register before `start`.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { database, logger } = options;
  const subscriptions: EventSubscription[] = [];
  const schedules: Schedule[] = [];
  let boss: PgBoss | undefined;

  // The subscribed queues of the event types in the batch being relayed, read once per batch: pg-boss's own
  // publish would look them up once per event, and most events have no subscriber at all.
  let subscribers = new Map<string, string[]>();
  const relay = createEventRelay({
    db: database.db,
    logger,
    intervalMs: options.relayIntervalMs,
    beforeBatch: async (events) => {
      if (!boss) return;
      subscribers = await findSubscribers(database.db, [...new Set(events.map((event) => event.type))]);
    },
    publish: async (event) => {
      if (!boss) return;
      for (const queue of subscribers.get(event.type) ?? []) {
        // As pg-boss's publish: a subscriber whose queue was deleted since is skipped.
        await boss.send(queue, event).catch((error: { code?: string }) => {
          if (error?.code !== QUEUE_NOT_FOUND) throw error;
        });
      }
    },
  });

  function createBoss(): PgBoss {
    if (database.pglite)
      return new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schema: PG_BOSS_SCHEMA });
    if (!options.databaseUrl) throw new Error('the job runner needs DATABASE_URL or the embedded database');
    return new PgBoss({
      connectionString: options.databaseUrl,
      max: options.poolSize,
      schema: PG_BOSS_SCHEMA,
    });
  }

  async function runEach(handlerName: string, handler: EventHandler, jobs: { data: DeliveredEvent }[]) {
    for (const job of jobs) {
      try {
        await handler(job.data);
      } catch (error) {
        logger.warn({ err: error, handler: handlerName, eventId: job.data.eventId }, 'event handler failed');
        throw error;
      }
    }
  }

  return {
    /** Runs `handler` for every `eventType` event; the name identifies the handler's queue and must be stable. */
    onEvent(eventType: string, handlerName: string, handler: EventHandler) {
      if (boss) throw new Error('register event handlers before the job runner starts');
      subscriptions.push({ eventType, handlerName, handler });
    },

    /** Runs `task` on a cron expression, once across every instance. */
    schedule(name: string, cron: string, task: ScheduledTask) {
      if (boss) throw new Error('register schedules before the job runner starts');
      schedules.push({ name, cron, task });
    },

    async start() {
      boss = createBoss();
      boss.on('error', (error) => logger.error({ err: error }, 'job runner error'));
      await boss.start();
      for (const { eventType, handlerName, handler } of subscriptions) {
        await boss.createQueue(deadLetterQueue(handlerName));
        await boss.createQueue(handlerName, { ...RETRY, deadLetter: deadLetterQueue(handlerName) });
        await boss.subscribe(eventType, handlerName);
        await boss.work<DeliveredEvent>(handlerName, { pollingIntervalSeconds: 0.5 }, (jobs) =>
          runEach(handlerName, handler, jobs),
        );
      }
      for (const { name, cron, task } of schedules) {
        await boss.createQueue(name);
        await boss.schedule(name, cron);
        await boss.work(name, () => task());
      }
      relay.start();
      logger.info({ handlers: subscriptions.length, schedules: schedules.length }, 'job runner started');
    },

    async stop() {
      await relay.stop();
      await boss?.stop({ graceful: true, timeout: 5_000 });
      boss = undefined;
    },

    /** Hands committed events to their handlers now instead of at the next interval. */
    relayNow: () => relay.relayNow(),
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;

/** The queues subscribed to each of these event types (pg-boss's subscription table). */
async function findSubscribers(db: Database, eventTypes: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ event: string; name: string }>(
    db,
    sql`select event, name from ${sql.identifier(PG_BOSS_SCHEMA)}.subscription where event = any(${sql.param([...eventTypes])}::text[])
      order by event, name`,
  );
  const byEvent = new Map<string, string[]>();
  for (const row of rows) byEvent.set(row.event, [...(byEvent.get(row.event) ?? []), row.name]);
  return byEvent;
}
