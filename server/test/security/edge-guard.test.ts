import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs, TEST_PASSWORD } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await buildTestApp({
    env: {
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '3',
      RATE_LIMIT_PER_USER_PER_MINUTE: '5',
      RATE_LIMIT_PER_IP_PER_MINUTE: '8',
      CORS_ORIGINS: 'https://crm.example.com',
    },
  });
});
afterAll(() => testApp.close());

// Every test calls from its own address, so the per-address counters of one test never reach another.
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

describe('security headers', () => {
  it('sends helmet’s headers on API responses', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).toContain("img-src 'self' data: https:");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('CORS', () => {
  it('allows a configured origin, with credentials', async () => {
    const preflight = await testApp.app.inject({
      method: 'OPTIONS',
      url: '/api/clients',
      headers: {
        origin: 'https://crm.example.com',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://crm.example.com');
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
  });

  it('gives an unknown origin no CORS permission', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per address and says when to retry', async () => {
    const remoteAddress = someAddress();
    const user = await createUser(testApp.context.database.db, 'agent');
    const attempt = (password: string) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { email: user.email, password },
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt('wrong password')).statusCode);
    expect(statuses).toEqual([401, 401, 401]);

    const limited = await attempt(TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');

    // Another address is not affected.
    const elsewhere = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: someAddress(),
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('limits each signed-in user, whatever address they call from', async () => {
    const { db } = testApp.context.database;
    const busy = await loginAs(testApp.app, db, 'sales');
    const other = await loginAs(testApp.app, db, 'sales');
    const call = (headers: Record<string, string>) =>
      testApp.app.inject({ method: 'GET', url: '/api/clients', headers, remoteAddress: someAddress() });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(busy.headers)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const response = await call(other.headers);
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-ratelimit-limit']).toBe('5');
    expect(response.headers['x-ratelimit-remaining']).toBe('4');
  });

  it('limits each address, signed in or not', async () => {
    const remoteAddress = someAddress();
    const statuses = [];
    for (let i = 0; i < 9; i++) {
      statuses.push((await testApp.app.inject({ method: 'GET', url: '/health', remoteAddress })).statusCode);
    }
    expect(statuses.slice(0, 8).every((status) => status === 200)).toBe(true);
    expect(statuses[8]).toBe(429);
  });
});
