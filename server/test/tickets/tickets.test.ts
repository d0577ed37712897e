import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createEmployee, createTicket, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let agent: Session;
let customer: Session;
let ownTicketId: number;
let otherTicketId: number;
const get = (url: string, session: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

beforeAll(async () => {
  // The tickets service on its own, as split mode runs it.
  testApp = await buildTestApp({ service: 'tickets' });
  const { db } = testApp.context.database;
  const own = await createClient(db, { companyName: 'Globex' });
  const other = await createClient(db, { companyName: 'Initech' });
  const engineer = await createEmployee(db, { name: 'Grace Hopper' });
  ownTicketId = (
    await createTicket(db, {
      clientId: own.id,
      title: 'Printer on fire',
      priority: 'urgent',
      assignedTo: engineer.id,
    })
  ).id;
  otherTicketId = (await createTicket(db, { clientId: other.id, title: 'TPS report cover sheet' })).id;
  agent = await sessionFor(testApp.context, 'agent');
  customer = await sessionFor(testApp.context, 'customer', { clientId: own.id });
});
afterAll(() => testApp.close());

describe('GET /api/tickets', () => {
  it('lists tickets with client and assignee names for staff', async () => {
    const items = (await get('/api/tickets', agent)).json().items;
    expect(items).toHaveLength(2);
    const fire = items.find((ticket: { id: number }) => ticket.id === ownTicketId);
    expect(fire).toMatchObject({
      clientName: 'Globex',
      assigneeName: 'Grace Hopper',
      priority: 'urgent',
      status: 'open',
    });
  });

  it('searches titles and filters by priority', async () => {
    expect((await get('/api/tickets?q=tps', agent)).json().items.map((t: { id: number }) => t.id)).toEqual([
      otherTicketId,
    ]);
    expect(
      (await get('/api/tickets?priority=urgent', agent)).json().items.map((t: { id: number }) => t.id),
    ).toEqual([ownTicketId]);
  });

  it("shows a customer only its own client's tickets", async () => {
    const items = (await get('/api/tickets', customer)).json().items;
    expect(items.map((ticket: { id: number }) => ticket.id)).toEqual([ownTicketId]);
    expect((await get(`/api/tickets/${otherTicketId}`, customer)).statusCode).toBe(404);
  });
});
