import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database';
import { createClient, createTicket, createUser, TEST_PASSWORD } from '../support/factories';
import { type ServiceProcess, spawnService, waitForOk } from '../support/service-process';
import { createSharedDatabase } from '../support/shared-database';
import { freePort } from '../support/tcp-proxy';
import { testKeys } from '../support/test-app';

const names = ['gateway', 'users', 'tickets', 'chat', 'notifications'] as const;
let shared: Awaited<ReturnType<typeof createSharedDatabase>>;
const running = new Map<string, ServiceProcess>();
let env: Record<string, string>;
let gateway: string;
let email: string;

beforeAll(async () => {
  shared = await createSharedDatabase();
  const seeding = await openDatabase({ url: shared.url, poolSize: 1 });
  const client = await createClient(seeding.db, { companyName: 'Split Mode Ltd' });
  await createTicket(seeding.db, { clientId: client.id, title: 'Seen through the gateway' });
  email = (await createUser(seeding.db, 'agent')).email;
  await seeding.close();

  const ports = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await freePort()] as const)),
  );
  env = {
    DATABASE_URL: shared.url,
    DATABASE_POOL_SIZE: '2',
    DATABASE_SHARED_SESSION: 'true',
    DEMO_MODE: 'false',
    LOG_LEVEL: 'warn',
    JWT_PRIVATE_KEY: testKeys.privateKeyPem,
    JWT_PUBLIC_KEY: testKeys.publicKeyPem,
    UPSTREAM_TIMEOUT_MS: '5000',
    UPSTREAM_HEALTH_INTERVAL_MS: '300',
    GATEWAY_PORT: String(ports.gateway),
    USERS_PORT: String(ports.users),
    TICKETS_PORT: String(ports.tickets),
    CHAT_PORT: String(ports.chat),
    NOTIFICATIONS_PORT: String(ports.notifications),
    HOST: '127.0.0.1',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000',
  };
  for (const name of names) running.set(name, spawnService(name, ports[name] as number, env));
  await Promise.all(
    [...running.values()].map((service) =>
      waitForOk(`http://127.0.0.1:${service.port}/ready`, 90_000, service.output),
    ),
  );
  gateway = `http://127.0.0.1:${ports.gateway}`;
}, 120_000);

afterAll(async () => {
  await Promise.all([...running.values()].map((service) => service.stop()));
  await shared?.close();
});

async function signIn(): Promise<string> {
  const response = await fetch(`${gateway}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function serviceState(name: string): Promise<string> {
  const body = (await (await fetch(`${gateway}/health/services`)).json()) as {
    services: Record<string, { state: string }>;
  };
  return body.services[name]?.state ?? 'missing';
}

describe('split mode: five processes behind the gateway', () => {
  it('signs in through the gateway and reaches every service with the token', async () => {
    const headers = { authorization: `Bearer ${await signIn()}` };
    const tickets = await fetch(`${gateway}/api/tickets`, { headers });
    expect(tickets.status).toBe(200);
    expect(((await tickets.json()) as { items: { title: string }[] }).items[0]?.title).toBe(
      'Seen through the gateway',
    );
    expect((await fetch(`${gateway}/api/chat/status`, { headers })).status).toBe(200);
    expect((await fetch(`${gateway}/api/notifications`, { headers })).status).toBe(200);
    expect((await fetch(`${gateway}/api/clients`, { headers })).status).toBe(200);
    expect((await fetch(`${gateway}/api/auth/me`, { headers })).status).toBe(200);
  });

  it('forwards the users service’s public routes without a token', async () => {
    const reset = await fetch(`${gateway}/api/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@split.example' }),
    });
    expect(reset.status).toBe(202);
    expect((await fetch(`${gateway}/api/auth/demo`)).status).toBe(200);
  });

  it('refuses a forwarded request without a valid token at the gateway', async () => {
    const response = await fetch(`${gateway}/api/tickets`, { headers: { authorization: 'Bearer forged' } });
    expect(response.status).toBe(401);
    expect((await fetch(`${gateway}/api/tickets`)).status).toBe(401);
  });

  it('carries the request id to the service that answers', async () => {
    const headers = { authorization: `Bearer ${await signIn()}`, 'x-request-id': 'split-trace-1' };
    const response = await fetch(`${gateway}/api/tickets/999999`, { headers });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('split-trace-1');
    expect(((await response.json()) as { requestId: string }).requestId).toBe('split-trace-1');
  });

  it('serves the whole API reference at the gateway', async () => {
    const document = (await (await fetch(`${gateway}/docs/json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/tickets', '/api/auth/login', '/api/clients']),
    );
  });

  it('answers 503 naming a stopped service within a second, and recovers when it returns', async () => {
    const headers = { authorization: `Bearer ${await signIn()}` };
    const tickets = running.get('tickets') as ServiceProcess;
    await tickets.stop();

    const started = Date.now();
    const down = await fetch(`${gateway}/api/tickets`, { headers });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(await down.json()).toMatchObject({ code: 'service_unavailable', service: 'tickets' });
    // The rest of the suite is unaffected, and the gateway's health checks see which service is missing.
    expect((await fetch(`${gateway}/api/clients`, { headers })).status).toBe(200);
    expect(await serviceState('tickets')).toBe('down');
    expect(await serviceState('chat')).toBe('up');

    const restarted = spawnService('tickets', tickets.port, env);
    running.set('tickets', restarted);
    await waitForOk(`http://127.0.0.1:${tickets.port}/ready`, 90_000, restarted.output);
    expect((await fetch(`${gateway}/api/tickets`, { headers })).status).toBe(200);
    await expect.poll(() => serviceState('tickets'), { timeout: 5_000 }).toBe('up');
  }, 120_000);
});
