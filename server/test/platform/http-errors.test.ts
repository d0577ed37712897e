import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;

beforeAll(async () => {
  testApp = await buildTestApp({ env: { BODY_LIMIT_BYTES: '2048' } });
  admin = await loginAs(testApp.app, testApp.context.database.db, 'admin');
});
afterAll(() => testApp.close());

const problemType = 'application/problem+json';

describe('problem+json for bad requests', () => {
  it('answers an unknown route with 404 route_not_found', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain(problemType);
    expect(response.json()).toMatchObject({ status: 404, code: 'route_not_found', title: 'Not Found' });
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.example", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain(problemType);
    expect(response.json().code).toBe('malformed_json');
  });

  it('rejects a body over the limit with 413', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(4096) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'body_too_large', status: 413 });
  });

  it('rejects an unsupported content type with 415', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/csv' },
      payload: 'email,password',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type', status: 415 });
  });

  it('names the parameter that failed validation', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/clients?limit=500',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((error: { parameter: string }) => error.parameter)).toContain(
      'querystring.limit',
    );
    expect(problem.detail).toContain('querystring.limit');
  });
});

describe('over a real connection', () => {
  it('answers errors of requests with a body with their status, not an empty 200', async () => {
    const address = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const post = (body: string) =>
      fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const wrong = await post(JSON.stringify({ email: 'nobody@test.example', password: 'wrong password' }));
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { code: string }).code).toBe('invalid_credentials');
    const malformed = await post('{"email":');
    expect(malformed.status).toBe(400);
  });
});

describe('request ids', () => {
  it('keeps the caller’s x-request-id and puts it in problems', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/missing',
      headers: { ...admin.headers, 'x-request-id': 'trace-123' },
    });
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.json().requestId).toBe('trace-123');
  });

  it('makes a fresh id when the caller sends none or an unsafe one', async () => {
    const plain = await testApp.app.inject({ method: 'GET', url: '/health' });
    const unsafe = await testApp.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'bad id\nx' },
    });
    expect(plain.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('operations endpoints', () => {
  it('reports liveness and readiness', async () => {
    const health = await testApp.app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toMatchObject({ status: 'ok' });
    const ready = await testApp.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    const redis = testApp.context.store.kind === 'redis' ? { redis: 'ok' } : {};
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', ...redis } });
  });

  it('reports Redis as failing when the configured Redis is unreachable', async () => {
    const unreachableRedis = await buildTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const ready = await unreachableRedis.app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks).toMatchObject({ database: 'ok', redis: 'failing' });
    } finally {
      await unreachableRedis.close();
    }
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await testApp.app.inject({ method: 'GET', url: '/api/clients', headers: admin.headers });
    const metrics = await testApp.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(
      /http_request_duration_seconds_count\{[^}]*route="\/api\/clients"[^}]*\} [1-9]/,
    );
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
  });

  it('serves the OpenAPI 3.1 document and the interactive reference', async () => {
    const document = await testApp.app.inject({ method: 'GET', url: '/docs/json' });
    expect(document.statusCode).toBe(200);
    const openapi = document.json();
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/clients', '/api/auth/login', '/api/tickets/{id}']),
    );
    expect(openapi.paths['/api/clients'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(openapi.paths['/api/catalog/products'].get.security).toBeUndefined();
    const ui = await testApp.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
