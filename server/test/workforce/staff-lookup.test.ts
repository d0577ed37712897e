import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createEmployee, createUser, loginAs, type Session, users } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let agent: Session;
let customer: Session;
const db = () => testApp.context.database.db;
const lookUp = (query: string, session: Session = agent) =>
  testApp.app.inject({ method: 'GET', url: `/api/staff${query}`, headers: session.headers });

let amy: { id: number; employeeId: number };
let zed: { id: number };
let left: { id: number };

beforeAll(async () => {
  testApp = await buildTestApp();
  agent = await loginAs(testApp.app, db(), 'agent');
  const client = await createClient(db());
  customer = await loginAs(testApp.app, db(), 'customer', { clientId: client.id });
  const amyUser = await createUser(db(), 'sales', { email: 'amy.quarry@staff.example' });
  await db().update(users).set({ name: 'Amy Quarry' }).where(eq(users.id, amyUser.id));
  const employee = await createEmployee(db(), { name: 'Amy Q. (HR record)', userId: amyUser.id });
  amy = { id: amyUser.id, employeeId: employee.id };
  const zedUser = await createUser(db(), 'manager', { email: 'zed.quarry@staff.example' });
  await db().update(users).set({ name: null }).where(eq(users.id, zedUser.id));
  zed = { id: zedUser.id };
  const leftUser = await createUser(db(), 'agent', { email: 'quarry.left@staff.example' });
  await db().update(users).set({ isActive: false }).where(eq(users.id, leftUser.id));
  left = { id: leftUser.id };
  await createUser(db(), 'customer', { clientId: client.id, email: 'quarry.customer@client.example' });
});
afterAll(() => testApp.close());

describe('GET /api/staff', () => {
  it('finds active staff by part of the name or email, by name, with role and employee record', async () => {
    const response = await lookUp('?q=QUARRY');
    expect(response.statusCode).toBe(200);
    // Zed has no name, so the email stands in for it (and sorts by it); customers and former staff never show.
    expect(response.json().items).toEqual([
      {
        userId: amy.id,
        name: 'Amy Quarry',
        email: 'amy.quarry@staff.example',
        role: 'sales',
        employeeId: amy.employeeId,
      },
      {
        userId: zed.id,
        name: 'zed.quarry@staff.example',
        email: 'zed.quarry@staff.example',
        role: 'manager',
        employeeId: null,
      },
    ]);
    const byName = await lookUp('?q=amy%20qu');
    expect(byName.json().items.map((item: { userId: number }) => item.userId)).toEqual([amy.id]);
  });

  it('names one account by id, and no one who has left', async () => {
    expect((await lookUp(`?userId=${zed.id}`)).json().items).toEqual([
      expect.objectContaining({ userId: zed.id, name: 'zed.quarry@staff.example' }),
    ]);
    expect((await lookUp(`?userId=${left.id}`)).json().items).toEqual([]);
  });

  it('answers at most `limit` people, and refuses a limit above 50', async () => {
    expect((await lookUp('?limit=50')).json().items.length).toBeGreaterThanOrEqual(3);
    expect((await lookUp('?limit=2')).json().items).toHaveLength(2);
    expect((await lookUp('?limit=51')).statusCode).toBe(400);
  });

  it('is for staff only', async () => {
    expect((await lookUp('', customer)).statusCode).toBe(403);
  });
});
