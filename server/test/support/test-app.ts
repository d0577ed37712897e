import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { generateKeyPems, importKeyPems, type KeyPems } from '../../src/platform/auth/keys';
import { createTokenService } from '../../src/platform/auth/tokens';
import { createKeyValueStore } from '../../src/platform/cache/key-value-store';
import { type Config, loadConfig } from '../../src/platform/config';
import type { AppContext } from '../../src/platform/context';
import { createJobRunner } from '../../src/platform/jobs/job-runner';
import { createLogger } from '../../src/platform/logger';
import { buildAllInOneApp, buildServiceApp } from '../../src/services/build-service-app';
import type { ServiceName } from '../../src/services/modules';
import { createTestDatabase, type TestDatabase } from './test-database';

// One key pair per test process is enough; generating one per app would only slow tests down.
export const testKeys: KeyPems = generateKeyPems();

export type TestApp = {
  app: FastifyInstance;
  context: AppContext;
  database: TestDatabase;
  close(): Promise<void>;
};

/** Test settings; Redis is used when the run provides REDIS_URL (CI does), as for the database. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const redis = process.env.REDIS_URL
    ? // Each app gets its own key space, so parallel test files never share counters.
      { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: `test-${randomUUID()}:` }
    : {};
  return loadConfig({
    LOG_LEVEL: 'silent',
    DEMO_MODE: 'false',
    NODE_ENV: 'test',
    // Tests sign in often from one address; the guard's own tests set low limits.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000',
    RATE_LIMIT_PER_IP_PER_MINUTE: '100000',
    RATE_LIMIT_PER_USER_PER_MINUTE: '100000',
    ...redis,
    ...overrides,
  });
}

/** The real app, as a process builds it, on a fresh database. */
export async function buildTestApp(
  options: {
    service?: ServiceName | 'all-in-one';
    env?: Record<string, string>;
    clock?: () => Date;
    /** Start event handlers and schedules (off by default: events stay in the outbox for tests to read). */
    jobs?: boolean;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(options.env);
  const store = createKeyValueStore({ redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix });
  const tokens = createTokenService({
    store,
    keys: await importKeyPems(testKeys),
    issuer: config.auth.issuer,
    ttlSeconds: config.auth.accessTokenTtlSeconds,
  });
  const logger = createLogger({ level: 'silent', service: 'test' });
  const context: AppContext = {
    config,
    database: database.handle,
    tokens,
    store,
    clock: options.clock ?? (() => new Date()),
    logger,
    jobs: createJobRunner({
      database: database.handle,
      databaseUrl: database.url,
      poolSize: 2,
      relayIntervalMs: 100,
      logger,
    }),
  };
  const service = options.service ?? 'all-in-one';
  const app =
    service === 'all-in-one'
      ? await buildAllInOneApp(context, { logRequests: false })
      : await buildServiceApp(service, context, { logRequests: false });
  await app.ready();
  if (options.jobs) await context.jobs.start();
  return {
    app,
    context,
    database,
    close: async () => {
      await app.close();
      await context.jobs.stop();
      await context.store.close();
      await database.drop();
    },
  };
}
