import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/modules/identity';
import { createClient, createOrder, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let sales: Session;

beforeAll(async () => {
  testApp = await buildTestApp();
  sales = await loginAs(testApp.app, testApp.context.database.db, 'sales');
  const client = await createClient(testApp.context.database.db);
  await createOrder(testApp.context.database.db, { clientId: client.id });
});
afterAll(() => testApp.close());

async function createKey(session: Session, payload: object) {
  return testApp.app.inject({ method: 'POST', url: '/api/api-keys', headers: session.headers, payload });
}
const withKey = (key: string, url: string, header: 'bearer' | 'x-api-key' = 'bearer') =>
  testApp.app.inject({
    method: 'GET',
    url,
    headers: header === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key },
  });

describe('API keys', () => {
  it("offer exactly the scopes of the caller's role, each of which can be granted", async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/api-keys/scopes',
      headers: sales.headers,
    });
    expect(response.statusCode).toBe(200);
    const scopes = response.json().items as string[];
    expect(scopes).toContain('clients:read');
    expect(scopes).toContain('orders:write');
    expect(scopes).not.toContain('users:manage');
    expect(scopes).not.toContain('products:manage');
    expect((await createKey(sales, { name: 'All of mine', scopes })).statusCode).toBe(201);
  });

  it('are shown once, stored hashed, and act as their owner within their scopes', async () => {
    const created = await createKey(sales, { name: 'Power BI', scopes: ['clients:read'] });
    expect(created.statusCode).toBe(201);
    const { key, apiKey } = created.json();
    expect(key).toMatch(/^sck_[\w-]{8}_[\w-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Power BI', scopes: ['clients:read'], status: 'active' });
    expect(key.startsWith(apiKey.prefix)).toBe(true);

    expect((await withKey(key, '/api/clients')).statusCode).toBe(200);
    expect((await withKey(key, '/api/clients', 'x-api-key')).statusCode).toBe(200);
    // The owner's role may read orders, but this key was not given that scope.
    const outOfScope = await withKey(key, '/api/orders');
    expect(outOfScope.statusCode).toBe(403);
    expect(outOfScope.json().detail).toContain('scopes');

    const listed = await testApp.app.inject({ method: 'GET', url: '/api/api-keys', headers: sales.headers });
    expect(JSON.stringify(listed.json())).not.toContain(key.slice(15));
    expect(listed.json().items[0].lastUsedAt).not.toBeNull();
  });

  it('never grant more than the owner’s role', async () => {
    const refused = await createKey(sales, { name: 'Too much', scopes: ['users:manage', 'clients:read'] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'scope_not_allowed' });
    expect((await createKey(sales, { name: 'Nonsense', scopes: ['everything'] })).statusCode).toBe(400);
  });

  it('stop working when revoked, expired, or when the owner is deactivated', async () => {
    const revocable = (await createKey(sales, { name: 'Short-lived', scopes: ['clients:read'] })).json();
    const revoke = await testApp.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${revocable.apiKey.id}`,
      headers: sales.headers,
    });
    expect(revoke.statusCode).toBe(204);
    const afterRevoke = await withKey(revocable.key, '/api/clients');
    expect(afterRevoke.statusCode).toBe(401);
    expect(afterRevoke.json().code).toBe('invalid_api_key');

    const past = await createKey(sales, {
      name: 'Old',
      scopes: ['clients:read'],
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);

    const owner = await loginAs(testApp.app, testApp.context.database.db, 'agent');
    const ownersKey = (await createKey(owner, { name: 'Script', scopes: ['tickets:read'] })).json().key;
    expect((await withKey(ownersKey, '/api/tickets')).statusCode).toBe(200);
    await testApp.context.database.db
      .update(users)
      .set({ isActive: false })
      .where(eq(users.id, owner.userId));
    expect((await withKey(ownersKey, '/api/tickets')).statusCode).toBe(401);
  });

  it('cannot revoke another user’s key, nor create keys with a key', async () => {
    const mine = (
      await createKey(sales, { name: 'Mine', scopes: ['api_keys:manage', 'clients:read'] })
    ).json();
    const other = await loginAs(testApp.app, testApp.context.database.db, 'manager');
    const theft = await testApp.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${mine.apiKey.id}`,
      headers: other.headers,
    });
    expect(theft.statusCode).toBe(404);
    const viaKey = await testApp.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: { authorization: `Bearer ${mine.key}` },
      payload: { name: 'Child', scopes: ['clients:read'] },
    });
    expect(viaKey.statusCode).toBe(403);
  });

  it('refuses made-up keys', async () => {
    expect((await withKey(`sck_abcdefgh_${'x'.repeat(43)}`, '/api/clients')).statusCode).toBe(401);
  });
});
