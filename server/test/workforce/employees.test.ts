import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createEmployee, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let manager: Session;
const get = (url: string, session: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

beforeAll(async () => {
  // The gateway service on its own, as split mode runs it (it hosts workforce itself).
  testApp = await buildTestApp({ service: 'gateway' });
  const { db } = testApp.context.database;
  await createEmployee(db, { name: 'Linus Torvalds', hireDate: '2021-05-01', department: 'Engineering' });
  await createEmployee(db, { name: 'Ada Lovelace', hireDate: '2019-02-11' });
  await createEmployee(db, { name: 'Barbara Liskov', hireDate: '2023-08-30', status: 'on_leave' });
  manager = await sessionFor(testApp.context, 'manager');
});
afterAll(() => testApp.close());

describe('GET /api/employees', () => {
  it('lists employees by name, and by hire date when asked', async () => {
    const byName = (await get('/api/employees', manager)).json().items.map((e: { name: string }) => e.name);
    expect(byName).toEqual(['Ada Lovelace', 'Barbara Liskov', 'Linus Torvalds']);
    const newestFirst = (await get('/api/employees?sort=-hireDate&limit=2', manager)).json();
    expect(newestFirst.items.map((e: { hireDate: string }) => e.hireDate)).toEqual([
      '2023-08-30',
      '2021-05-01',
    ]);
    const rest = (
      await get(`/api/employees?sort=-hireDate&limit=2&cursor=${newestFirst.nextCursor}`, manager)
    ).json();
    expect(rest.items.map((e: { hireDate: string }) => e.hireDate)).toEqual(['2019-02-11']);
    expect(rest.nextCursor).toBeNull();
  });

  it('is not for customers', async () => {
    const client = await createClient(testApp.context.database.db);
    const customer = await sessionFor(testApp.context, 'customer', { clientId: client.id });
    expect((await get('/api/employees', customer)).statusCode).toBe(403);
  });
});
