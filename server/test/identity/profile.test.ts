import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/identity';
import { createClient, createUser, TEST_PASSWORD } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await buildTestApp();
});
afterAll(() => testApp.close());

async function signIn(role: 'agent' | 'customer' = 'agent', clientId?: number) {
  const user = await createUser(testApp.context.database.db, role, { clientId });
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: TEST_PASSWORD, refreshTokenIn: 'body' },
  });
  const { accessToken, refreshToken } = response.json();
  return { user, refreshToken: refreshToken as string, headers: { authorization: `Bearer ${accessToken}` } };
}

const patchProfile = (headers: Record<string, string>, payload: object) =>
  testApp.app.inject({ method: 'PATCH', url: '/api/auth/me', headers, payload });

describe('PATCH /api/auth/me', () => {
  it('edits name, phone, locale, time zone and avatar, and bumps the version', async () => {
    const { headers } = await signIn();
    const response = await patchProfile(headers, {
      name: 'Grace Hopper',
      phone: '+1 (555) 010-2030',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      avatarUrl: 'https://images.example.com/grace.png',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Grace Hopper',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      version: 2,
    });
    expect(response.headers.etag).toBe('"2"');
    const me = await testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.json().phone).toBe('+1 (555) 010-2030');
    expect(me.headers.etag).toBe('"2"');
  });

  it('refuses fields users may not set on themselves, and stores none of them', async () => {
    const client = await createClient(testApp.context.database.db);
    const { user, headers } = await signIn();
    for (const payload of [
      { role: 'admin' },
      { clientId: client.id },
      { passwordHash: '$argon2id$forged' },
      { name: 'ok', isActive: true },
    ]) {
      const response = await patchProfile(headers, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const [row] = await testApp.context.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ role: 'agent', clientId: null, name: user.name, version: 1 });
  });

  it('names invalid values', async () => {
    const { headers } = await signIn();
    const response = await patchProfile(headers, {
      timeZone: 'Mars/Olympus',
      avatarUrl: 'javascript:alert(1)',
    });
    expect(response.statusCode).toBe(400);
    const parameters = response.json().errors.map((error: { parameter: string }) => error.parameter);
    expect(parameters).toEqual(expect.arrayContaining(['body.timeZone', 'body.avatarUrl']));
  });

  it('refuses to overwrite a newer change when If-Match names an old version', async () => {
    const { headers } = await signIn();
    expect((await patchProfile({ ...headers, 'if-match': '"1"' }, { name: 'First' })).statusCode).toBe(200);
    const stale = await patchProfile({ ...headers, 'if-match': '"1"' }, { name: 'Second' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_conflict');
    expect((await patchProfile({ ...headers, 'if-match': 'W/"2"' }, { name: 'Third' })).statusCode).toBe(400);
    const me = await testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.json().name).toBe('First');
  });
});

describe('POST /api/auth/password', () => {
  const changePassword = (headers: Record<string, string>, payload: object) =>
    testApp.app.inject({ method: 'POST', url: '/api/auth/password', headers, payload });

  it('needs the current password and a strong new one', async () => {
    const { headers } = await signIn();
    const wrong = await changePassword(headers, {
      currentPassword: 'not it',
      newPassword: 'violet tractor gallops',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('current_password_incorrect');
    const weak = await changePassword(headers, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'weak_password' });
    expect(weak.json().errors[0].parameter).toBe('body.newPassword');
  });

  it('changes the password and ends every other session, keeping this one', async () => {
    const first = await signIn();
    const other = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: first.user.email, password: TEST_PASSWORD, refreshTokenIn: 'body' },
    });
    const otherHeaders = { authorization: `Bearer ${other.json().accessToken}` };

    const changed = await changePassword(first.headers, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'violet tractor gallops home',
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers: first.headers })).statusCode,
    ).toBe(200);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers: otherHeaders })).statusCode,
    ).toBe(401);

    const oldPassword = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: first.user.email, password: TEST_PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: first.user.email, password: 'violet tractor gallops home' },
    });
    expect(newPassword.statusCode).toBe(200);
  });
});
