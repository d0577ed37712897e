import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;

beforeAll(async () => {
  testApp = await buildTestApp({ env: { PUBLIC_ADMIN_URL: 'https://crm.example.com' } });
  admin = await loginAs(testApp.app, testApp.context.database.db, 'admin');
});
afterAll(() => testApp.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  session: Session,
  payload?: object,
  headers = {},
) => testApp.app.inject({ method, url, payload, headers: { ...session.headers, ...headers } });
const tokenFrom = (url: string) => new URL(url).searchParams.get('token') as string;

async function invite(payload: object) {
  const response = await call('POST', '/api/users', admin, payload);
  expect(response.statusCode).toBe(201);
  return response.json() as {
    user: { id: number; email: string; hasPassword: boolean };
    invitation: { url: string };
  };
}

describe('inviting people', () => {
  it('creates an account without a password and a single-use link to set one', async () => {
    const { user, invitation } = await invite({
      email: 'New.Agent@Example.com',
      name: 'New Agent',
      role: 'agent',
    });
    expect(user).toMatchObject({ email: 'new.agent@example.com', hasPassword: false, isActive: true });
    expect(invitation.url).toMatch(/^https:\/\/crm\.example\.com\/accept-invitation\?token=[\w-]{43}$/);

    const accept = (password: string) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/auth/invitation/accept',
        payload: { token: tokenFrom(invitation.url), password },
      });
    const weak = await accept('password123');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('weak_password');
    expect((await accept('copper kettle whistles loud')).statusCode).toBe(204);
    const reused = await accept('another fine passphrase');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('invalid_link');

    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'new.agent@example.com', password: 'copper kettle whistles loud' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.role).toBe('agent');
  });

  it('invites a customer contact into an existing client only', async () => {
    const client = await createClient(testApp.context.database.db);
    const { user } = await invite({ email: 'buyer@client.example', role: 'customer', clientId: client.id });
    expect(user).toMatchObject({ role: 'customer', clientId: client.id });
    expect(
      (await call('POST', '/api/users', admin, { email: 'x@client.example', role: 'customer' })).statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', '/api/users', admin, {
          email: 'y@client.example',
          role: 'customer',
          clientId: 999_999,
        })
      ).json().code,
    ).toBe('client_not_found');
    expect(
      (
        await call('POST', '/api/users', admin, {
          email: 'z@staff.example',
          role: 'sales',
          clientId: client.id,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('refuses a taken email and fields it does not know', async () => {
    await invite({ email: 'taken@example.com', role: 'sales' });
    expect(
      (await call('POST', '/api/users', admin, { email: 'taken@example.com', role: 'sales' })).statusCode,
    ).toBe(409);
    const extra = await call('POST', '/api/users', admin, {
      email: 'p@example.com',
      role: 'sales',
      passwordHash: 'x',
    });
    expect(extra.statusCode).toBe(400);
  });

  it('makes a fresh invitation that retires the old link', async () => {
    const { user, invitation } = await invite({ email: 'slow@example.com', role: 'manager' });
    const again = await call('POST', `/api/users/${user.id}/invitation`, admin);
    expect(again.statusCode).toBe(201);
    const old = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token: tokenFrom(invitation.url), password: 'copper kettle whistles loud' },
    });
    expect(old.statusCode).toBe(400);
    const fresh = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token: tokenFrom(again.json().url), password: 'copper kettle whistles loud' },
    });
    expect(fresh.statusCode).toBe(204);
  });
});

describe('managing accounts', () => {
  it('lists and filters accounts for admins only', async () => {
    await invite({ email: 'filter-me@example.com', role: 'sales' });
    const list = await call('GET', '/api/users?q=filter-me', admin);
    expect(list.json().items.map((user: { email: string }) => user.email)).toEqual(['filter-me@example.com']);
    expect(JSON.stringify(list.json())).not.toMatch(/passwordHash|argon2/);
    const byRole = await call('GET', '/api/users?role=admin&limit=100', admin);
    expect(byRole.json().items.every((user: { role: string }) => user.role === 'admin')).toBe(true);
    const manager = await loginAs(testApp.app, testApp.context.database.db, 'manager');
    expect((await call('GET', '/api/users', manager)).statusCode).toBe(403);
    expect(
      (await call('POST', '/api/users', manager, { email: 'm@example.com', role: 'admin' })).statusCode,
    ).toBe(403);
  });

  it('changes a role and ends the account’s sessions so the new role applies at once', async () => {
    const target = await loginAs(testApp.app, testApp.context.database.db, 'sales');
    const changed = await call(
      'PATCH',
      `/api/users/${target.userId}`,
      admin,
      { role: 'agent' },
      { 'if-match': '"1"' },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'agent', version: 2 });
    expect((await call('GET', '/api/auth/me', target)).statusCode).toBe(401);
    const stale = await call(
      'PATCH',
      `/api/users/${target.userId}`,
      admin,
      { name: 'Stale' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const toCustomer = await call('PATCH', `/api/users/${target.userId}`, admin, { role: 'customer' });
    expect(toCustomer.json().code).toBe('role_change_not_allowed');
  });

  it('deactivates an account: it can no longer sign in or use its tokens', async () => {
    const target = await loginAs(testApp.app, testApp.context.database.db, 'agent');
    expect((await call('PATCH', `/api/users/${target.userId}`, admin, { isActive: false })).statusCode).toBe(
      200,
    );
    expect((await call('GET', '/api/clients', target)).statusCode).toBe(401);
  });

  it('never lets an admin lock themselves out, nor remove the last admin', async () => {
    expect((await call('PATCH', `/api/users/${admin.userId}`, admin, { role: 'manager' })).json().code).toBe(
      'cannot_modify_self',
    );
    expect((await call('DELETE', `/api/users/${admin.userId}`, admin)).statusCode).toBe(409);
    expect((await call('PATCH', `/api/users/${admin.userId}`, admin, { name: 'Still Me' })).statusCode).toBe(
      200,
    );
  });

  it('deletes an account', async () => {
    const { user } = await invite({ email: 'leaving@example.com', role: 'sales' });
    expect((await call('DELETE', `/api/users/${user.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/api/users/${user.id}`, admin)).statusCode).toBe(404);
  });
});

describe('password reset', () => {
  it('answers 202 for any email, and a link from an admin resets the password and ends sessions', async () => {
    for (const email of [
      'nobody@nowhere.example',
      admin.headers.authorization ? 'someone@example.com' : '',
    ]) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email },
      });
      expect(response.statusCode).toBe(202);
    }
    const target = await loginAs(testApp.app, testApp.context.database.db, 'sales');
    const link = await call('POST', `/api/users/${target.userId}/password-reset`, admin);
    expect(link.statusCode).toBe(201);
    expect(link.json().url).toContain('/reset-password?token=');
    const complete = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token: tokenFrom(link.json().url), password: 'new river stones shine' },
    });
    expect(complete.statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', target)).statusCode).toBe(401);
  });
});
