import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session, TEST_PASSWORD } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;

beforeAll(async () => {
  testApp = await buildTestApp();
  admin = await loginAs(testApp.app, testApp.context.database.db, 'admin');
});
afterAll(() => testApp.close());

const audit = (query: string, session: Session = admin) =>
  testApp.app.inject({ method: 'GET', url: `/api/audit${query}`, headers: session.headers });

describe('audit log', () => {
  it('records who changed which fields of which record, from where, with the request id', async () => {
    const target = await loginAs(testApp.app, testApp.context.database.db, 'sales');
    const change = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/users/${target.userId}`,
      headers: { ...admin.headers, 'x-request-id': 'audit-trace-1' },
      payload: { role: 'agent', name: 'Renamed' },
      remoteAddress: '203.0.113.7',
    });
    expect(change.statusCode).toBe(200);

    const entries = (await audit(`?resource=user&resourceId=${target.userId}`)).json().items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: admin.userId,
      action: 'update',
      resource: 'user',
      resourceId: String(target.userId),
      ipAddress: '203.0.113.7',
      requestId: 'audit-trace-1',
      changes: { role: { before: 'sales', after: 'agent' }, name: { after: 'Renamed' } },
    });
    expect(Object.keys(entries[0].changes).sort()).toEqual(['name', 'role']);
  });

  it('records a password change without the hash', async () => {
    const user = await loginAs(testApp.app, testApp.context.database.db, 'manager');
    await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: user.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'seven purple kites soar' },
    });
    const [entry] = (await audit(`?actorUserId=${user.userId}&action=change_password`)).json().items;
    expect(entry.changes).toEqual({ passwordHash: { before: '[redacted]', after: '[redacted]' } });
    expect(JSON.stringify(entry)).not.toContain('argon2');
  });

  it('is newest first, filterable by time, and for admins only', async () => {
    const invited = await testApp.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email: 'audited@example.com', role: 'agent' },
    });
    expect(invited.statusCode).toBe(201);
    const all = (await audit('')).json().items;
    const times = all.map((entry: { createdAt: string }) => entry.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(all[0]).toMatchObject({ action: 'invite', resource: 'user' });
    const future = (
      await audit(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)
    ).json();
    expect(future.items).toEqual([]);
    expect((await audit('?from=yesterday')).statusCode).toBe(400);
    const manager = await loginAs(testApp.app, testApp.context.database.db, 'manager');
    expect((await audit('', manager)).statusCode).toBe(403);
  });

  it('cannot be rewritten, even by direct SQL through the application’s connection', async () => {
    const { db } = testApp.context.database;
    // Drizzle wraps the database's error; the reason is in its cause.
    const reason = (statement: Promise<unknown>) =>
      statement.then(
        () => 'allowed',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await reason(db.execute(sql`update audit_log set action = 'nothing'`))).toMatch(/append-only/);
    expect(await reason(db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect((await audit('')).json().items.length).toBeGreaterThan(0);
  });
});
