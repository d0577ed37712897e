import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createOrder, createTicket, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// OWASP API1 (broken object level authorization): two customers of different clients, each probing the other.
let testApp: TestApp;
const customers: { session: Session; clientId: number; orderId: number; ticketId: number }[] = [];

beforeAll(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.context.database;
  for (const name of ['Alpha Ltd', 'Beta GmbH']) {
    const client = await createClient(db, { companyName: name });
    const order = await createOrder(db, { clientId: client.id });
    const ticket = await createTicket(db, { clientId: client.id, title: `${name} problem` });
    const session = await loginAs(testApp.app, db, 'customer', { clientId: client.id });
    customers.push({ session, clientId: client.id, orderId: order.id, ticketId: ticket.id });
  }
});
afterAll(() => testApp.close());

const get = (url: string, session: Session) =>
  testApp.app.inject({ method: 'GET', url, headers: session.headers });

describe('a customer and another customer', () => {
  it('cannot read each other’s client, orders or tickets by id', async () => {
    const [alpha, beta] = customers as [(typeof customers)[0], (typeof customers)[0]];
    for (const [me, other] of [
      [alpha, beta],
      [beta, alpha],
    ] as const) {
      for (const url of [
        `/api/clients/${other.clientId}`,
        `/api/orders/${other.orderId}`,
        `/api/tickets/${other.ticketId}`,
        `/api/tickets/${other.ticketId}/comments`,
      ]) {
        const response = await get(url, me.session);
        expect(response.statusCode, url).toBe(404);
      }
      for (const url of [
        `/api/clients/${me.clientId}`,
        `/api/orders/${me.orderId}`,
        `/api/tickets/${me.ticketId}`,
        `/api/tickets/${me.ticketId}/comments`,
      ]) {
        expect((await get(url, me.session)).statusCode, url).toBe(200);
      }
    }
  });

  it('sees only their own rows in lists, searches and filters naming the other client', async () => {
    const [alpha, beta] = customers as [(typeof customers)[0], (typeof customers)[0]];
    const probes = [
      `/api/orders?clientId=${beta.clientId}`,
      `/api/tickets?clientId=${beta.clientId}`,
      '/api/tickets?q=Beta',
      '/api/clients?q=Beta',
      '/api/orders?q=Beta',
    ];
    for (const url of probes) {
      const items = (await get(url, alpha.session)).json().items as { clientId?: number; id: number }[];
      for (const item of items) expect(item.clientId ?? item.id, url).toBe(alpha.clientId);
    }
    expect((await get('/api/tickets?q=Beta', alpha.session)).json().items).toEqual([]);
  });

  it('cannot reply to or close each other’s tickets, and never sees an internal note', async () => {
    const [alpha, beta] = customers as [(typeof customers)[0], (typeof customers)[0]];
    const agent = await loginAs(testApp.app, testApp.context.database.db, 'agent');
    for (const { ticketId } of customers) {
      for (const [visibility, body] of [
        ['internal', 'Internal: credit hold'],
        ['public', 'Looking into it'],
      ]) {
        const note = await testApp.app.inject({
          method: 'POST',
          url: `/api/tickets/${ticketId}/comments`,
          headers: agent.headers,
          payload: { body, visibility },
        });
        expect(note.statusCode).toBe(201);
      }
    }
    const post = (url: string, payload: object) =>
      testApp.app.inject({ method: 'POST', url, headers: alpha.session.headers, payload });
    expect((await post(`/api/tickets/${beta.ticketId}/comments`, { body: 'hi' })).statusCode).toBe(404);
    expect((await post(`/api/tickets/${beta.ticketId}/close`, {})).statusCode).toBe(404);
    expect(
      (await post(`/api/tickets/${alpha.ticketId}/comments`, { body: 'x', visibility: 'internal' }))
        .statusCode,
    ).toBe(403);
    expect((await get(`/api/tickets/${alpha.ticketId}/history`, alpha.session)).statusCode).toBe(403);
    const thread = (await get(`/api/tickets/${alpha.ticketId}/comments`, alpha.session)).json().items as {
      visibility: string;
      body: string;
    }[];
    expect(thread.map((comment) => comment.body)).toEqual(['Looking into it']);
    const beforeBeta = (await get(`/api/tickets/${beta.ticketId}`, beta.session)).json();
    expect(beforeBeta.status).toBe('open');
  });

  it('cannot reach staff-only data at all', async () => {
    const [alpha] = customers as [(typeof customers)[0]];
    for (const url of ['/api/products', '/api/employees', '/api/users', '/api/audit']) {
      expect((await get(url, alpha.session)).statusCode, url).toBe(403);
    }
  });
});
