import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityPublicPaths } from '../../src/modules/identity';
import { ticketPublicPaths } from '../../src/modules/tickets';
import { permissionMatrix } from '../../src/platform/auth/permissions';
import { type UserRole, userRoles } from '../../src/platform/auth/roles';
import { createClient, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
const sessions = {} as Record<UserRole, Session>;

// Deliberately public: anything added here is a decision someone made, and reviews.
const publicRoutes = [
  'GET /health',
  'GET /ready',
  'GET /metrics',
  'GET /api/catalog/products',
  'GET /api/catalog/products/:id',
  'GET /api/catalog/categories',
  'POST /api/auth/login',
  'GET /api/auth/demo',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'POST /api/auth/invitation/accept',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/complete',
  'POST /api/auth/signup',
  'POST /api/auth/verify-email',
  'POST /api/tickets/guest-requests',
  'POST /api/tickets/guest-requests/verify',
  'GET /api/tickets/surveys/:token',
  'POST /api/tickets/surveys/:token',
];

beforeAll(async () => {
  testApp = await buildTestApp();
  const client = await createClient(testApp.context.database.db);
  for (const role of userRoles) {
    sessions[role] = await sessionFor(testApp.context, role, {
      clientId: role === 'customer' ? client.id : undefined,
    });
  }
});
afterAll(() => testApp.close());

// HEAD mirrors GET, OPTIONS is the CORS preflight, /docs is the reference itself.
const apiRoutes = () =>
  testApp.app.routeTable.filter(
    (route) => route.method !== 'HEAD' && route.method !== 'OPTIONS' && !route.url.startsWith('/docs'),
  );
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('route inventory', () => {
  it('documents every route in the OpenAPI document, and documents no route that does not exist', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = apiRoutes()
      .filter((route) => route.url !== '/metrics') // Prometheus text, deliberately left out of the API reference
      .map((route) => `${route.method} ${openApiPath(route.url)}`);
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it('has exactly the deliberately public routes, and every other route names a permission', () => {
    const routes = apiRoutes();
    const open = routes.filter((route) => route.config.public).map((route) => `${route.method} ${route.url}`);
    expect(open.sort()).toEqual([...publicRoutes].sort());
    const undeclared = routes.filter((route) => !route.config.public && !route.config.permission);
    expect(undeclared).toEqual([]);
  });
});

describe('the gateway in split mode', () => {
  it('lets through without a token exactly the users service’s public routes', () => {
    const usersServicePublic = apiRoutes()
      .filter((route) => route.config.public && /^\/api\/(auth|users|audit|api-keys)(\/|$)/.test(route.url))
      .map((route) => route.url);
    expect([...new Set(usersServicePublic)].sort()).toEqual([...identityPublicPaths].sort());
  });

  it('lets through without a token the tickets service’s public routes and nothing else of it', () => {
    const ticketRoutes = apiRoutes().filter((route) => route.url.startsWith('/api/tickets'));
    const underPublicPath = (url: string) =>
      ticketPublicPaths.some((path) => url === path || url.startsWith(`${path}/`));
    const publicOnes = ticketRoutes.filter((route) => route.config.public).map((route) => route.url);
    expect(publicOnes.every(underPublicPath)).toBe(true);
    const exposed = ticketRoutes.filter((route) => !route.config.public && underPublicPath(route.url));
    expect(exposed.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });
});

describe('function-level authorization, every role against every protected route', () => {
  it('refuses each role exactly the routes its permissions do not cover', async () => {
    const mismatches: string[] = [];
    for (const route of apiRoutes().filter((candidate) => candidate.config.permission)) {
      const permission = route.config.permission as keyof typeof permissionMatrix;
      const url = route.url.replace(/:\w+/g, '999999');
      for (const role of userRoles) {
        const allowed = (permissionMatrix[permission] as readonly UserRole[]).includes(role);
        const response = await testApp.app.inject({
          method: route.method as 'GET',
          url,
          headers: sessions[role].headers,
          // Not a valid body for most routes: authorization must answer before validation does.
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        if ((response.statusCode === 403) === allowed) {
          mismatches.push(`${role} ${route.method} ${route.url}: ${response.statusCode}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses every protected route without a token, with a forged token and with alg:none', async () => {
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: '1', role: 'admin', email: 'x@y.example', cid: null }),
    ).toString('base64url')}.`;
    const failures: string[] = [];
    for (const route of apiRoutes().filter((candidate) => candidate.config.permission)) {
      const url = route.url.replace(/:\w+/g, '1');
      for (const authorization of [undefined, 'Bearer forged.token.value', `Bearer ${unsigned}`]) {
        const response = await testApp.app.inject({
          method: route.method as 'GET',
          url,
          headers: authorization ? { authorization } : {},
        });
        if (response.statusCode !== 401)
          failures.push(`${route.method} ${route.url} ${authorization}: ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
