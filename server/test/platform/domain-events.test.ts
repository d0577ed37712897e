import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent, recordEvent } from '../../src/platform/events/domain-event';
import { createEventRelay, type DeliveredEvent } from '../../src/platform/events/event-relay';
import { domainEvents } from '../../src/platform/events/schema';
import { createJobRunner, type JobRunner } from '../../src/platform/jobs/job-runner';
import { createLogger } from '../../src/platform/logger';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const logger = createLogger({ level: 'silent', service: 'test' });
const somethingHappened = defineEvent({
  type: 'thing.happened',
  aggregateType: 'thing',
  payload: z.object({ name: z.string(), amount: z.string() }),
});
const actor = { user: null, ipAddress: '127.0.0.1', requestId: 'req-1' };

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const eventsFor = (aggregateId: number) =>
  database.handle.db.select().from(domainEvents).where(eq(domainEvents.aggregateId, aggregateId));

async function waitFor(check: () => boolean, timeoutMs = 15_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('recording domain events', () => {
  it('keeps an event only when its transaction commits', async () => {
    const { db } = database.handle;
    await expect(
      db.transaction(async (tx) => {
        await recordEvent(tx, somethingHappened, {
          aggregateId: 1,
          payload: { name: 'lost', amount: '1.00' },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await eventsFor(1)).toHaveLength(0);

    await db.transaction((tx) =>
      recordEvent(tx, somethingHappened, {
        aggregateId: 1,
        payload: { name: 'kept', amount: '2.50' },
        actor,
      }),
    );
    const [event] = await eventsFor(1);
    expect(event).toMatchObject({
      type: 'thing.happened',
      aggregateType: 'thing',
      payload: { name: 'kept', amount: '2.50' },
      requestId: 'req-1',
      relayedAt: null,
    });
  });

  it('refuses a payload that does not match the event schema', async () => {
    await expect(
      recordEvent(database.handle.db, somethingHappened, {
        aggregateId: 2,
        payload: { name: 'no amount' } as never,
      }),
    ).rejects.toThrow();
    expect(await eventsFor(2)).toHaveLength(0);
  });
});

describe('the relay', () => {
  it('delivers in order and, when publishing fails part-way, resends only what did not go out', async () => {
    const { db } = database.handle;
    for (const name of ['a', 'b', 'c']) {
      await recordEvent(db, somethingHappened, { aggregateId: 3, payload: { name, amount: '1' } });
    }
    const published: string[] = [];
    let failOn: string | undefined = 'b';
    const relay = createEventRelay({
      db,
      logger,
      intervalMs: 60_000,
      publish: async (event: DeliveredEvent) => {
        if (event.aggregateId !== 3) return;
        if (event.payload.name === failOn) throw new Error('broker unavailable');
        published.push(event.payload.name as string);
      },
    });
    await expect(relay.relayNow()).rejects.toThrow('broker unavailable');
    expect(published).toEqual(['a']);

    // The failed batch stays claimed for a while; once the claim lapses another relay picks it up.
    await db
      .update(domainEvents)
      .set({ claimedUntil: new Date(0) })
      .where(eq(domainEvents.aggregateId, 3));
    failOn = undefined;
    await relay.relayNow();
    expect(published).toEqual(['a', 'b', 'c']);
    expect((await eventsFor(3)).every((event) => event.relayedAt !== null)).toBe(true);
  });
});

describe('event handlers on the job runner', () => {
  let jobs: JobRunner;
  const received: DeliveredEvent[] = [];
  let attempts = 0;

  beforeAll(async () => {
    jobs = createJobRunner({
      database: database.handle,
      databaseUrl: database.url,
      poolSize: 2,
      relayIntervalMs: 100,
      logger,
    });
    jobs.onEvent('thing.happened', 'test.record-thing', async (event) => {
      if (event.aggregateId === 10) received.push(event);
    });
    jobs.onEvent('thing.happened', 'test.flaky-thing', async (event) => {
      if (event.aggregateId !== 11) return;
      attempts += 1;
      if (attempts === 1) throw new Error('first attempt fails');
    });
    await jobs.start();
  });
  afterAll(() => jobs.stop());

  it('hands a committed event to every subscribed handler with its id and payload', async () => {
    await database.handle.db.transaction((tx) =>
      recordEvent(tx, somethingHappened, {
        aggregateId: 10,
        payload: { name: 'ten', amount: '10.00' },
        actor,
      }),
    );
    await waitFor(() => received.length > 0);
    expect(received[0]).toMatchObject({
      type: 'thing.happened',
      aggregateId: 10,
      payload: { name: 'ten', amount: '10.00' },
      requestId: 'req-1',
    });
    expect(received[0]?.eventId).toBeGreaterThan(0);
  });

  it('retries a handler that fails until it succeeds', async () => {
    await recordEvent(database.handle.db, somethingHappened, {
      aggregateId: 11,
      payload: { name: 'eleven', amount: '0' },
    });
    await waitFor(() => attempts >= 2, 30_000);
    expect(attempts).toBe(2);
  }, 40_000);
});
