import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotification, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await buildTestApp({ service: 'notifications' });
});
afterAll(() => testApp.close());

const get = (url: string, session: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

describe('GET /api/notifications', () => {
  it("returns only the caller's notifications, newest first", async () => {
    const { db } = testApp.context.database;
    const me = await sessionFor(testApp.context, 'sales');
    const someoneElse = await sessionFor(testApp.context, 'agent');
    await createNotification(db, {
      userId: me.userId,
      title: 'Older',
      createdAt: new Date('2025-01-01T00:00:00Z'),
    });
    await createNotification(db, {
      userId: me.userId,
      title: 'Newer',
      createdAt: new Date('2025-02-01T00:00:00Z'),
    });
    await createNotification(db, { userId: someoneElse.userId, title: 'Not yours' });
    const items = (await get('/api/notifications', me)).json().items;
    expect(items.map((item: { title: string }) => item.title)).toEqual(['Newer', 'Older']);
  });

  it('requires a token', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(response.statusCode).toBe(401);
  });
});
