import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditOf,
  createContact,
  createInteraction,
  createPayment,
  createSatisfactionResponse,
  eventsOf,
  requester,
} from '../support/client-factories';
import { createClient, createOrder, createTicket, loginAs, type Session } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: Session;
let manager: Session;
let agent: Session;
let sales: Session;
let call: ReturnType<typeof requester>;
const db = () => testApp.context.database.db;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  testApp = await buildTestApp();
  call = requester(testApp.app);
  admin = await loginAs(testApp.app, db(), 'admin');
  manager = await loginAs(testApp.app, db(), 'manager');
  agent = await loginAs(testApp.app, db(), 'agent');
  sales = await loginAs(testApp.app, db(), 'sales');
});
afterAll(() => testApp.close());

describe('interactions', () => {
  it('logs a call with its contact, moves lastContactAt forward, and records the event and audit entry', async () => {
    const client = await createClient(db(), { lastContactAt: at('2025-01-01T00:00:00Z') });
    const contact = await createContact(db(), { clientId: client.id });
    const logged = await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'call',
      subject: 'Quarterly check-in',
      body: 'Happy with the service',
      occurredAt: '2025-02-10T09:30:00Z',
      durationMinutes: 25,
      contactId: contact.id,
    });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ kind: 'call', contactId: contact.id, authorUserId: agent.userId });
    expect((await call(agent, 'GET', `/api/clients/${client.id}`)).json().lastContactAt).toBe(
      '2025-02-10T09:30:00.000Z',
    );

    // A note is not contact, an older call does not move the date back, a future meeting has not happened.
    await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'note',
      subject: 'Internal',
    });
    await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'email',
      subject: 'Old',
      occurredAt: '2025-01-15T00:00:00Z',
    });
    await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'meeting',
      subject: 'Planned',
      occurredAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect((await call(agent, 'GET', `/api/clients/${client.id}`)).json().lastContactAt).toBe(
      '2025-02-10T09:30:00.000Z',
    );

    const [event] = await eventsOf(db(), 'interaction.logged', client.id);
    expect(event?.payload).toMatchObject({
      clientId: client.id,
      kind: 'call',
      occurredAt: '2025-02-10T09:30:00.000Z',
    });
    expect((await auditOf(testApp.app, admin, 'client_interaction', logged.json().id))[0]?.action).toBe(
      'create',
    );

    const list = (await call(sales, 'GET', `/api/clients/${client.id}/interactions?limit=2`)).json();
    expect(list.items.map((item: { subject: string }) => item.subject)).toEqual(['Planned', 'Internal']);
    const next = (
      await call(sales, 'GET', `/api/clients/${client.id}/interactions?limit=2&cursor=${list.nextCursor}`)
    ).json();
    expect(next.items.map((item: { subject: string }) => item.subject)).toEqual([
      'Quarterly check-in',
      'Old',
    ]);
  });

  it('refuses a contact of another client, an unknown kind and an archived client', async () => {
    const client = await createClient(db());
    const other = await createClient(db());
    const foreign = await createContact(db(), { clientId: other.id });
    const wrongContact = await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'call',
      subject: 'x',
      contactId: foreign.id,
    });
    expect([wrongContact.statusCode, wrongContact.json().code]).toEqual([400, 'contact_not_found']);
    const wrongKind = await call(agent, 'POST', `/api/clients/${client.id}/interactions`, {
      kind: 'fax',
      subject: 'x',
    });
    expect(wrongKind.json().errors[0].parameter).toBe('body.kind');
    const archived = await createClient(db(), { archivedAt: new Date() });
    const onArchived = await call(agent, 'POST', `/api/clients/${archived.id}/interactions`, {
      kind: 'call',
      subject: 'x',
    });
    expect([onArchived.statusCode, onArchived.json().code]).toEqual([409, 'client_archived']);
  });
});

describe('the timeline', () => {
  it('merges interactions, orders, payments, tickets and stage changes, newest first, in pages', async () => {
    const client = await createClient(db(), { companyName: 'Timeline Co' });
    const other = await createClient(db());
    await createInteraction(db(), {
      clientId: client.id,
      subject: 'First call',
      occurredAt: at('2025-01-01T10:00:00Z'),
    });
    const order = await createOrder(db(), {
      clientId: client.id,
      totalAmount: '250.10',
      orderDate: at('2025-01-02T10:00:00Z'),
    });
    await createPayment(db(), { orderId: order.id, amount: '250.10', paidAt: at('2025-01-03T10:00:00Z') });
    await createTicket(db(), {
      clientId: client.id,
      title: 'Broken widget',
      createdAt: at('2025-01-04T10:00:00Z'),
    });
    await createInteraction(db(), {
      clientId: client.id,
      subject: 'Same instant',
      occurredAt: at('2025-01-04T10:00:00Z'),
    });
    await createOrder(db(), { clientId: other.id, orderDate: at('2025-01-05T10:00:00Z') });
    await call(manager, 'POST', `/api/clients/${client.id}/stage`, {
      stage: 'prospect',
      reason: 'Interested',
    });

    const pages: { type: string; title: string; data: Record<string, unknown> }[][] = [];
    let cursor: string | null = null;
    do {
      const page: {
        items: { type: string; title: string; data: Record<string, unknown> }[];
        nextCursor: string | null;
      } = (
        await call(
          agent,
          'GET',
          `/api/clients/${client.id}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((page) => page.map((item) => `${item.type}: ${item.title}`))).toEqual([
      ['stage_change: Stage lead → prospect', 'ticket: Broken widget'],
      ['interaction: Same instant', `payment: Payment for order #${order.id}`],
      [`order: Order #${order.id}`, 'interaction: First call'],
    ]);
    const all = pages.flat();
    expect(all.find((item) => item.type === 'order')?.data).toEqual({
      status: 'draft',
      totalAmount: '250.10',
      currency: 'USD',
    });
    expect(all.find((item) => item.type === 'payment')?.data).toMatchObject({
      amount: '250.10',
      method: 'card',
    });

    const onlyMoney = (
      await call(agent, 'GET', `/api/clients/${client.id}/timeline?types=order,payment`)
    ).json();
    expect(onlyMoney.items.map((item: { type: string }) => item.type)).toEqual(['payment', 'order']);
    expect((await call(agent, 'GET', `/api/clients/${client.id}/timeline?types=emails`)).statusCode).toBe(
      400,
    );
    const tampered = await call(
      agent,
      'GET',
      `/api/clients/${client.id}/timeline?cursor=${Buffer.from('["x",1]').toString('base64url')}`,
    );
    expect([tampered.statusCode, tampered.json().code]).toEqual([400, 'invalid_cursor']);
  });

  it('shows a customer only its own orders, payments and tickets, and nothing of another client', async () => {
    const own = await createClient(db());
    const other = await createClient(db());
    await createInteraction(db(), { clientId: own.id, kind: 'note', subject: 'Internal: upsell them' });
    await createOrder(db(), { clientId: own.id });
    await createTicket(db(), { clientId: own.id, title: 'My ticket' });
    await createOrder(db(), { clientId: other.id });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: own.id });

    const mine = (await call(customer, 'GET', `/api/clients/${own.id}/timeline`)).json();
    expect(mine.items.map((item: { type: string }) => item.type).sort()).toEqual(['order', 'ticket']);
    const asked = (
      await call(customer, 'GET', `/api/clients/${own.id}/timeline?types=interaction,stage_change`)
    ).json();
    expect(asked.items).toEqual([]);
    const theirs = await call(customer, 'GET', `/api/clients/${other.id}/timeline`);
    expect([theirs.statusCode, theirs.json().code]).toEqual([404, 'client_not_found']);
    expect((await call(customer, 'GET', `/api/clients/${own.id}/interactions`)).statusCode).toBe(403);
  });
});

describe('satisfaction', () => {
  it('records CSAT and NPS answers and gives per-client figures', async () => {
    const client = await createClient(db());
    const ticket = await createTicket(db(), { clientId: client.id });
    for (const score of [5, 4, 4]) {
      const response = await call(agent, 'POST', `/api/clients/${client.id}/satisfaction`, {
        kind: 'csat',
        score,
        ticketId: ticket.id,
      });
      expect(response.statusCode).toBe(201);
    }
    for (const score of [10, 9, 8, 3]) {
      await call(manager, 'POST', `/api/clients/${client.id}/satisfaction`, {
        kind: 'nps',
        score,
        comment: `scored ${score}`,
      });
    }
    const figures = (await call(sales, 'GET', `/api/clients/${client.id}/satisfaction`)).json();
    expect(figures.csat).toEqual({ average: 4.33, count: 3, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } });
    expect(figures.nps).toEqual({ score: 25, count: 4, promoters: 2, passives: 1, detractors: 1 });
    expect(figures.recent).toHaveLength(7);
    const events = await eventsOf(db(), 'satisfaction.recorded', client.id);
    expect(events).toHaveLength(7);
    expect(events[0]?.payload).toMatchObject({ kind: 'csat', score: 5, ticketId: ticket.id });
  });

  it('refuses scores out of range, another client’s ticket, and roles that may not record', async () => {
    const client = await createClient(db());
    const other = await createClient(db());
    const foreignTicket = await createTicket(db(), { clientId: other.id });
    const csat = await call(agent, 'POST', `/api/clients/${client.id}/satisfaction`, {
      kind: 'csat',
      score: 6,
    });
    expect(csat.json()).toMatchObject({ code: 'validation_failed', errors: [{ parameter: 'body.score' }] });
    const nps = await call(agent, 'POST', `/api/clients/${client.id}/satisfaction`, {
      kind: 'nps',
      score: -1,
    });
    expect(nps.statusCode).toBe(400);
    const ticket = await call(agent, 'POST', `/api/clients/${client.id}/satisfaction`, {
      kind: 'nps',
      score: 7,
      ticketId: foreignTicket.id,
    });
    expect([ticket.statusCode, ticket.json().code]).toEqual([400, 'ticket_not_found']);
    expect(
      (await call(sales, 'POST', `/api/clients/${client.id}/satisfaction`, { kind: 'nps', score: 7 }))
        .statusCode,
    ).toBe(403);
  });

  it('reports figures over all clients, by month and by tier, for a period', async () => {
    const gold = await createClient(db(), { tier: 'gold' });
    const standard = await createClient(db(), { tier: 'standard' });
    await createSatisfactionResponse(db(), {
      clientId: gold.id,
      kind: 'nps',
      score: 10,
      respondedAt: at('2023-05-02T00:00:00Z'),
    });
    await createSatisfactionResponse(db(), {
      clientId: gold.id,
      kind: 'csat',
      score: 2,
      respondedAt: at('2023-05-20T00:00:00Z'),
    });
    await createSatisfactionResponse(db(), {
      clientId: standard.id,
      kind: 'nps',
      score: 0,
      respondedAt: at('2023-06-01T00:00:00Z'),
    });
    await createSatisfactionResponse(db(), {
      clientId: standard.id,
      kind: 'nps',
      score: 9,
      respondedAt: at('2023-07-01T00:00:00Z'),
    });
    const report = (
      await call(manager, 'GET', '/api/reports/satisfaction?from=2023-05-01&to=2023-07-01')
    ).json();
    expect(report.csat).toMatchObject({ average: 2, count: 1 });
    expect(report.nps).toEqual({ score: 0, count: 2, promoters: 1, passives: 0, detractors: 1 });
    expect(report.byMonth).toEqual([
      { month: '2023-05', csatAverage: 2, csatCount: 1, npsScore: 100, npsCount: 1 },
      { month: '2023-06', csatAverage: null, csatCount: 0, npsScore: -100, npsCount: 1 },
    ]);
    expect(report.byTier.map((row: { tier: string }) => row.tier)).toEqual(['gold', 'standard']);
    expect((await call(agent, 'GET', '/api/reports/satisfaction')).statusCode).toBe(403);
  });

  it('shows a customer its own figures only', async () => {
    const own = await createClient(db());
    const other = await createClient(db());
    await createSatisfactionResponse(db(), { clientId: other.id, kind: 'csat', score: 1 });
    const customer = await loginAs(testApp.app, db(), 'customer', { clientId: own.id });
    expect((await call(customer, 'GET', `/api/clients/${own.id}/satisfaction`)).json().csat.count).toBe(0);
    expect((await call(customer, 'GET', `/api/clients/${other.id}/satisfaction`)).statusCode).toBe(404);
    expect((await call(customer, 'GET', '/api/reports/satisfaction')).statusCode).toBe(403);
  });
});
