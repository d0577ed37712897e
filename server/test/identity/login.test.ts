import { eq } from 'drizzle-orm';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/identity';
import { importKeyPems } from '../../src/platform/auth/keys';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { buildTestApp, type TestApp, testKeys } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await buildTestApp();
});
afterAll(() => testApp.close());

const login = (payload: unknown) =>
  testApp.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object });
const me = (authorization?: string) =>
  testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers: authorization ? { authorization } : {} });

describe('POST /api/auth/login', () => {
  it('signs in with the right password and returns a token, its lifetime and the user', async () => {
    const user = await createUser(testApp.context.database.db, 'agent');
    const response = await login({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.expiresIn).toBe(900);
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      username: user.username,
      name: user.name,
      role: 'agent',
      clientId: null,
      phone: null,
      locale: 'en',
      timeZone: 'UTC',
      avatarUrl: null,
      version: 1,
    });
    expect(JSON.stringify(body)).not.toContain('argon2');
    const profile = await me(`Bearer ${body.accessToken}`);
    expect(profile.json()).toMatchObject({ id: user.id, role: 'agent' });
    const [row] = await testApp.context.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.lastLogin).toBeInstanceOf(Date);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await createUser(testApp.context.database.db, 'sales');
    const wrongPassword = await login({ email: user.email, password: 'not the password' });
    const unknownEmail = await login({ email: 'nobody@test.example', password: 'not the password' });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'invalid_credentials',
        detail: 'The email or password is not correct',
      });
    }
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(testApp.context.database.db, 'manager');
    await testApp.context.database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const response = await login({ email: user.email, password: TEST_PASSWORD });
    expect(response.statusCode).toBe(401);
  });

  it('rejects a malformed email with 400 naming the field', async () => {
    const response = await login({ email: 'not-an-email', password: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].parameter).toBe('body.email');
  });
});

describe('token verification', () => {
  it('requires a token on protected routes', async () => {
    const response = await me();
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('authentication_required');
  });

  it('refuses garbage, a non-bearer scheme and a tampered signature', async () => {
    const user = await createUser(testApp.context.database.db, 'agent');
    const { accessToken } = (await login({ email: user.email, password: TEST_PASSWORD })).json();
    const [header, payload, signature] = accessToken.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' }),
    ).toString('base64url');
    for (const authorization of [
      'Bearer nonsense',
      `Basic ${accessToken}`,
      `Bearer ${header}.${forgedPayload}.${signature}`,
    ]) {
      const response = await me(authorization);
      expect(response.statusCode, authorization).toBe(401);
    }
  });

  it('refuses an alg:none token', async () => {
    const unsigned = new UnsecuredJWT({ email: 'x@y.example', role: 'admin', cid: null })
      .setSubject('1')
      .setIssuer('smart-crm-suite')
      .setAudience('smartcrm-api')
      .setExpirationTime('5m')
      .encode();
    const response = await me(`Bearer ${unsigned}`);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_token');
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const forged = await new SignJWT({ email: 'x@y.example', role: 'admin', cid: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer('smart-crm-suite')
      .setAudience('smartcrm-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(testKeys.publicKeyPem));
    expect((await me(`Bearer ${forged}`)).statusCode).toBe(401);
  });

  it('refuses an expired token with token_expired', async () => {
    const { privateKey } = await importKeyPems(testKeys);
    const expired = await new SignJWT({ email: 'x@y.example', role: 'admin', cid: null })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('1')
      .setIssuer('smart-crm-suite')
      .setAudience('smartcrm-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(privateKey as Parameters<SignJWT['sign']>[0]);
    const response = await me(`Bearer ${expired}`);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('token_expired');
  });
});

describe('GET /api/auth/demo', () => {
  it('lists no demo accounts outside demo mode', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/auth/demo' });
    expect(response.json()).toEqual({ enabled: false, password: null, accounts: [] });
  });
});
