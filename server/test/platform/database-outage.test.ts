import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKeyPems } from '../../src/platform/auth/keys';
import { createTokenService } from '../../src/platform/auth/tokens';
import { createKeyValueStore } from '../../src/platform/cache/key-value-store';
import { type DatabaseHandle, openDatabase } from '../../src/platform/db/database';
import { createJobRunner } from '../../src/platform/jobs/job-runner';
import { createLogger } from '../../src/platform/logger';
import { buildAllInOneApp } from '../../src/services/build-service-app';
import { createUser } from '../support/factories';
import { createSharedDatabase } from '../support/shared-database';
import { startTcpProxy } from '../support/tcp-proxy';
import { testConfig, testKeys } from '../support/test-app';

let shared: Awaited<ReturnType<typeof createSharedDatabase>>;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let handle: DatabaseHandle;
let app: FastifyInstance;
let authorization: string;

beforeAll(async () => {
  shared = await createSharedDatabase();
  const target = new URL(shared.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  const viaProxy = new URL(shared.url);
  viaProxy.port = String(proxy.port);
  handle = await openDatabase({ url: viaProxy.toString(), poolSize: 2 });
  const config = testConfig();
  const store = createKeyValueStore({});
  const tokens = createTokenService({
    store,
    keys: await importKeyPems(testKeys),
    issuer: config.auth.issuer,
    ttlSeconds: 600,
  });
  app = await buildAllInOneApp(
    {
      config,
      database: handle,
      tokens,
      store,
      clock: () => new Date(),
      logger: createLogger({ level: 'silent', service: 'test' }),
      // Never started: this test is about requests during an outage.
      jobs: createJobRunner({
        database: handle,
        poolSize: 1,
        relayIntervalMs: 1_000,
        logger: createLogger({ level: 'silent', service: 'test' }),
      }),
    },
    { logRequests: false },
  );
  const user = await createUser(handle.db, 'admin');
  const { accessToken } = await tokens.sign({
    id: user.id,
    email: user.email,
    role: 'admin',
    sessionId: null,
    clientId: null,
  });
  authorization = `Bearer ${accessToken}`;
});

afterAll(async () => {
  await app.close();
  await handle.close();
  await proxy.close();
  await shared.close();
});

const ready = () => app.inject({ method: 'GET', url: '/ready' });
const clients = () => app.inject({ method: 'GET', url: '/api/clients', headers: { authorization } });

describe('when the database goes away', () => {
  it('answers 503 problem+json, then recovers by itself when the database returns', async () => {
    expect((await ready()).statusCode).toBe(200);
    expect((await clients()).statusCode).toBe(200);

    await proxy.cut();
    const notReady = await ready();
    expect(notReady.statusCode).toBe(503);
    expect(notReady.headers['content-type']).toContain('application/problem+json');
    expect(notReady.json()).toMatchObject({ code: 'not_ready', checks: { database: 'failing' } });
    const failed = await clients();
    expect(failed.statusCode).toBe(503);
    expect(failed.json()).toMatchObject({ code: 'database_unavailable', status: 503 });
    expect(failed.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);

    await proxy.restore();
    expect((await ready()).statusCode).toBe(200);
    expect((await clients()).statusCode).toBe(200);
  });
});
