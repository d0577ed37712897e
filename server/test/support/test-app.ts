import type { FastifyInstance } from 'fastify';
import { generateKeyPems, importKeyPems, type KeyPems } from '../../src/platform/auth/keys';
import { createTokenService } from '../../src/platform/auth/tokens';
import { type Config, loadConfig } from '../../src/platform/config';
import type { AppContext } from '../../src/platform/context';
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

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', DEMO_MODE: 'false', NODE_ENV: 'test', ...overrides });
}

/** The real app, as a process builds it, on a fresh database. */
export async function buildTestApp(
  options: { service?: ServiceName | 'all-in-one'; env?: Record<string, string>; clock?: () => Date } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(options.env);
  const tokens = createTokenService({
    keys: await importKeyPems(testKeys),
    issuer: config.auth.issuer,
    ttlSeconds: config.auth.accessTokenTtlSeconds,
  });
  const context: AppContext = {
    config,
    database: database.handle,
    tokens,
    clock: options.clock ?? (() => new Date()),
    logger: createLogger({ level: 'silent', service: 'test' }),
  };
  const service = options.service ?? 'all-in-one';
  const app =
    service === 'all-in-one'
      ? await buildAllInOneApp(context, { logRequests: false })
      : await buildServiceApp(service, context, { logRequests: false });
  await app.ready();
  return {
    app,
    context,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
