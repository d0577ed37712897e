import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/identity';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let now = new Date('2026-03-01T09:00:00Z');

beforeAll(async () => {
  // The clock drives refresh-token expiry; access tokens are checked against real time by jose.
  testApp = await buildTestApp({ clock: () => now });
});
afterAll(() => testApp.close());

type Session = { accessToken: string; refreshToken?: string; refreshExpiresIn: number };

async function signIn(email: string, refreshTokenIn: 'cookie' | 'body' = 'body') {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: TEST_PASSWORD, refreshTokenIn },
  });
  expect(response.statusCode).toBe(200);
  return response;
}

const refresh = (payload: object, cookies?: Record<string, string>) =>
  testApp.app.inject({ method: 'POST', url: '/api/auth/refresh', payload, cookies });
const me = (accessToken: string) =>
  testApp.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { authorization: `Bearer ${accessToken}` },
  });

async function newUserSession() {
  const user = await createUser(testApp.context.database.db, 'agent');
  const session = (await signIn(user.email)).json() as Session;
  return { user, session };
}

describe('refresh tokens', () => {
  it('exchanges a refresh token for a new pair, once', async () => {
    const { session } = await newUserSession();
    expect(session.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(session.refreshExpiresIn).toBe(2_592_000);

    const rotated = await refresh({ refreshToken: session.refreshToken, refreshTokenIn: 'body' });
    expect(rotated.statusCode).toBe(200);
    const next = rotated.json() as Session;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect((await me(next.accessToken)).statusCode).toBe(200);
  });

  it('treats a reused refresh token as theft: the whole sign-in ends', async () => {
    const { session } = await newUserSession();
    const next = (
      await refresh({ refreshToken: session.refreshToken, refreshTokenIn: 'body' })
    ).json() as Session;

    const replay = await refresh({ refreshToken: session.refreshToken, refreshTokenIn: 'body' });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('refresh_token_reused');
    // The legitimate holder's newer tokens die with it.
    expect((await refresh({ refreshToken: next.refreshToken, refreshTokenIn: 'body' })).statusCode).toBe(401);
    const revoked = await me(next.accessToken);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('token_revoked');
  });

  it('refuses an expired, unknown or missing refresh token', async () => {
    const { session } = await newUserSession();
    now = new Date(now.getTime() + 31 * 86_400_000);
    const expired = await refresh({ refreshToken: session.refreshToken, refreshTokenIn: 'body' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('invalid_refresh_token');
    expect((await refresh({ refreshToken: 'x'.repeat(43) })).statusCode).toBe(401);
    expect((await refresh({})).statusCode).toBe(401);
    expect((await refresh({ refreshToken: 'short' })).statusCode).toBe(400);
  });

  it('stops refreshing for a deactivated account', async () => {
    const { user, session } = await newUserSession();
    await testApp.context.database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await refresh({ refreshToken: session.refreshToken, refreshTokenIn: 'body' })).statusCode).toBe(
      401,
    );
  });
});

describe('the refresh cookie', () => {
  it('is httpOnly, SameSite=Strict, limited to /api/auth, and never in the body', async () => {
    const user = await createUser(testApp.context.database.db, 'sales');
    const response = await signIn(user.email, 'cookie');
    expect(response.json().refreshToken).toBeUndefined();
    const cookie = response.cookies.find((item) => item.name === 'smartcrm_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);

    const rotated = await refresh({}, { smartcrm_refresh: cookie?.value as string });
    expect(rotated.statusCode).toBe(200);
    const next = rotated.cookies.find((item) => item.name === 'smartcrm_refresh');
    expect(next?.value).toMatch(/^[\w-]{43}$/);
    expect(next?.value).not.toBe(cookie?.value);
  });

  it('is kept per app, so signing in or out of the portal leaves the admin session alone', async () => {
    const user = await createUser(testApp.context.database.db, 'admin');
    const login = (app: string) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD, app },
      });
    const admin = (await login('admin')).cookies.find((item) => item.name === 'smartcrm_refresh_admin');
    const portal = (await login('portal')).cookies.find((item) => item.name === 'smartcrm_refresh_portal');
    expect(admin?.value).toMatch(/^[\w-]{43}$/);
    expect(portal?.value).toMatch(/^[\w-]{43}$/);

    const logout = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      payload: { app: 'portal' },
      cookies: {
        smartcrm_refresh_admin: admin?.value as string,
        smartcrm_refresh_portal: portal?.value as string,
      },
    });
    expect(logout.statusCode).toBe(204);
    const cleared = logout.cookies.map((item) => item.name);
    expect(cleared).toEqual(['smartcrm_refresh_portal']);
    expect(
      (await refresh({ app: 'portal' }, { smartcrm_refresh_portal: portal?.value as string })).statusCode,
    ).toBe(401);
    const renewed = await refresh({ app: 'admin' }, { smartcrm_refresh_admin: admin?.value as string });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.cookies.map((item) => item.name)).toEqual(['smartcrm_refresh_admin']);
  });

  it('refuses an app it does not know with a 400 naming the field', async () => {
    const response = await refresh({ app: 'intranet' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain('app');
  });
});

describe('signing out', () => {
  it('ends this session: its refresh and access tokens stop working, others go on', async () => {
    const user = await createUser(testApp.context.database.db, 'manager');
    const laptop = (await signIn(user.email)).json() as Session;
    const phone = (await signIn(user.email)).json() as Session;

    const logout = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      payload: { refreshToken: laptop.refreshToken },
    });
    expect(logout.statusCode).toBe(204);
    expect((await refresh({ refreshToken: laptop.refreshToken, refreshTokenIn: 'body' })).statusCode).toBe(
      401,
    );
    expect((await me(laptop.accessToken)).json().code).toBe('token_revoked');
    expect((await me(phone.accessToken)).statusCode).toBe(200);
  });

  it('everywhere: every session of the user ends', async () => {
    const user = await createUser(testApp.context.database.db, 'admin');
    const laptop = (await signIn(user.email)).json() as Session;
    const phone = (await signIn(user.email)).json() as Session;

    const everywhere = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { authorization: `Bearer ${phone.accessToken}` },
    });
    expect(everywhere.statusCode).toBe(204);
    for (const session of [laptop, phone]) {
      expect((await me(session.accessToken)).statusCode).toBe(401);
      expect((await refresh({ refreshToken: session.refreshToken, refreshTokenIn: 'body' })).statusCode).toBe(
        401,
      );
    }
  });

  it('always succeeds, even with nothing to end', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/logout', payload: {} });
    expect(response.statusCode).toBe(204);
  });
});
