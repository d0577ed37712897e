import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketCategories, ticketQueues, tickets } from '../../src/modules/tickets/schema';
import { createClient, createOrder, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import {
  expectStatus,
  ids,
  openTicket,
  type Page,
  staffMember,
  type TicketBody,
  type TicketsApi,
  ticketAudit,
  ticketDomainEvents,
  ticketHistory,
  ticketsApi,
} from './core-ticket-api';

let testApp: TestApp;
let api: TicketsApi;
let agent: Session;
let agentEmployeeId: number;
let otherAgent: { session: Session; employee: { id: number } };
let customer: Session;
let clientId: number;
let otherClientId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  // The tickets service on its own, as split mode runs it.
  testApp = await buildTestApp({ service: 'tickets' });
  api = ticketsApi(testApp.app);
  const me = await staffMember(testApp, 'agent', 'Grace Hopper');
  agent = me.session;
  agentEmployeeId = me.employee.id;
  otherAgent = await staffMember(testApp, 'agent', 'Ada Lovelace');
  clientId = (await createClient(db(), { companyName: 'Globex', tier: 'platinum' })).id;
  otherClientId = (await createClient(db(), { companyName: 'Initech' })).id;
  customer = await sessionFor(testApp.context, 'customer', { clientId });
});
afterAll(() => testApp.close());

describe('opening a ticket', () => {
  it('lets staff open one for a client: priority from the rules, with why, and history, event and audit', async () => {
    const ticket = await openTicket(api, agent, {
      clientId: otherClientId,
      title: 'Checkout is down',
      description: 'Nobody can pay since this morning',
      channel: 'phone',
      tags: ['Checkout', 'checkout ', 'payments'],
      requesterName: 'Peter Gibbons',
      requesterEmail: 'peter@initech.example',
    });
    expect(ticket).toMatchObject({
      status: 'new',
      priority: 'urgent',
      prioritySource: 'rules',
      channel: 'phone',
      clientName: 'Initech',
      tags: ['checkout', 'payments'],
      requesterName: 'Peter Gibbons',
      requesterEmail: 'peter@initech.example',
      allowedTransitions: ['open', 'pending', 'on_hold', 'resolved', 'closed'],
      version: 1,
    });
    expect(ticket.priorityReason).toContain('mentions "down"');
    expect(ticket.sla).toMatchObject({ state: 'none', policyName: null });

    const history = await ticketHistory(db(), ticket.id);
    expect(history.map((entry) => entry.kind)).toEqual(['created']);
    expect(history[0]?.data).toMatchObject({ priority: 'urgent', channel: 'phone' });
    expect((await ticketDomainEvents(db(), ticket.id)).map((event) => event.type)).toEqual([
      'ticket.created',
    ]);
    const [audit] = await ticketAudit(db(), ticket.id);
    expect(audit).toMatchObject({ action: 'create', actorUserId: agent.userId });
  });

  it('keeps a staff priority override and its reason, and refuses an override without one', async () => {
    const ticket = await openTicket(api, agent, {
      clientId: otherClientId,
      title: 'A question about invoices',
      priority: 'high',
      priorityReason: 'Board member asking',
    });
    expect(ticket).toMatchObject({
      priority: 'high',
      prioritySource: 'manual',
      priorityReason: 'Board member asking',
    });

    const refused = await api.create(agent, {
      clientId: otherClientId,
      title: 'x',
      description: 'y',
      channel: 'email',
      priority: 'low',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('priority_reason_required');
  });

  it('opens a customer ticket for their own client from the portal, with them as the requester', async () => {
    const order = await createOrder(db(), { clientId, totalAmount: '25000.00' });
    const ticket = expectStatus<TicketBody>(
      await api.create(customer, {
        title: 'Wrong size delivered',
        description: 'Please help',
        orderId: order.id,
      }),
      201,
    );
    expect(ticket).toMatchObject({
      clientId,
      channel: 'portal',
      orderId: order.id,
      orderTotal: '25000.00',
      // platinum tier, an order over 10,000 and "wrong" all say high
      priority: 'high',
      priorityReason: null,
      sla: null,
      allowedTransitions: ['closed'],
    });
    expect(ticket.requesterEmail).toMatch(/@test\.example$/);
    expect(ticket.requesterName).toMatch(/^customer \d+$/);
  });

  it("refuses a customer's staff-only fields and other clients' orders, changing nothing", async () => {
    const before = await db().select().from(tickets);
    const staffFields = await api.create(customer, {
      title: 't',
      description: 'd',
      clientId: otherClientId,
      priority: 'urgent',
      priorityReason: 'me',
    });
    expect(staffFields.statusCode).toBe(400);
    expect(staffFields.json().errors.map((error: { parameter: string }) => error.parameter)).toEqual([
      'body.clientId',
      'body.priority',
      'body.priorityReason',
    ]);
    const othersOrder = await createOrder(db(), { clientId: otherClientId });
    const foreignOrder = await api.create(customer, {
      title: 't',
      description: 'd',
      orderId: othersOrder.id,
    });
    expect(foreignOrder.statusCode).toBe(400);
    expect(foreignOrder.json().code).toBe('order_not_found');
    expect(await db().select().from(tickets)).toHaveLength(before.length);
  });

  it('answers clear problems for bad input', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ title: 'x', description: 'y', channel: 'email' }, 400, 'validation_failed'],
      [{ clientId: 999_999, title: 'x', description: 'y', channel: 'email' }, 400, 'client_not_found'],
      [{ clientId, title: 'x', description: 'y', channel: 'fax' }, 400, 'validation_failed'],
      [{ clientId, title: '', description: 'y', channel: 'email' }, 400, 'validation_failed'],
      [
        { clientId, title: 'x', description: 'y', channel: 'email', categoryId: 999_999 },
        400,
        'category_not_found',
      ],
      [
        { clientId, title: 'x', description: 'y', channel: 'email', requesterContactId: 999_999 },
        400,
        'contact_not_found',
      ],
      [
        { clientId, title: 'x', description: 'y', channel: 'email', status: 'closed' },
        400,
        'validation_failed',
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await api.create(agent, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code, JSON.stringify(body)).toBe(code);
    }
  });
});

describe('reading tickets', () => {
  it('shows staff the names and the internals, and a customer none of them', async () => {
    const [queue] = await db().insert(ticketQueues).values({ name: 'Billing' }).returning();
    const [category] = await db()
      .insert(ticketCategories)
      .values({ name: 'Invoices', queueId: queue?.id })
      .returning();
    const ticket = await openTicket(api, agent, { clientId, categoryId: category?.id });
    await db().update(tickets).set({ queueId: queue?.id }).where(eq(tickets.id, ticket.id));
    expectStatus(await api.assign(agent, ticket.id, agentEmployeeId, 'knows billing'), 200);

    const staffView = expectStatus<TicketBody & { queueName: string }>(await api.get(agent, ticket.id), 200);
    expect(staffView).toMatchObject({
      clientName: 'Globex',
      assignedTo: agentEmployeeId,
      assigneeName: 'Grace Hopper',
      queueName: 'Billing',
      categoryName: 'Invoices',
    });
    const response = await api.get(customer, ticket.id);
    expect(response.headers.etag).toBe(`"${staffView.version}"`);
    const customerView = expectStatus<TicketBody & { queueName: string | null }>(response, 200);
    expect(customerView).toMatchObject({
      assigneeName: 'Grace Hopper',
      assignedTo: null,
      queueId: null,
      queueName: null,
      priorityReason: null,
      sla: null,
      categoryName: 'Invoices',
    });
  });

  it('reads history for staff, newest first, with who did it; customers may not', async () => {
    const ticket = await openTicket(api, agent, { clientId });
    expectStatus(await api.status(agent, ticket.id, 'open'), 200);
    const page = expectStatus<Page<{ kind: string; actorName: string; data: Record<string, unknown> }>>(
      await api.history(agent, ticket.id),
      200,
    );
    expect(page.items.map((entry) => entry.kind)).toEqual(['status_changed', 'queued', 'created']);
    expect(page.items[0]).toMatchObject({
      actorName: expect.stringMatching(/^agent \d+$/),
      data: { from: 'new', to: 'open' },
    });
    expect((await api.history(customer, ticket.id)).statusCode).toBe(403);
  });
});

describe('editing a ticket', () => {
  it('changes fields with If-Match, one history entry per fact, and keeps the priority reason', async () => {
    const ticket = await openTicket(api, agent, { clientId, tags: ['a'] });
    const stale = await api.update(agent, ticket.id, { title: 'Renamed' }, ticket.version + 1);
    expect(stale.statusCode).toBe(412);

    const updated = expectStatus<TicketBody>(
      await api.update(
        agent,
        ticket.id,
        { title: 'Renamed', tags: ['b'], priority: 'urgent', priorityReason: 'Escalated by their CEO' },
        ticket.version,
      ),
      200,
    );
    expect(updated).toMatchObject({
      title: 'Renamed',
      tags: ['b'],
      priority: 'urgent',
      prioritySource: 'manual',
      priorityReason: 'Escalated by their CEO',
      version: ticket.version + 1,
    });
    const kinds = (await ticketHistory(db(), ticket.id)).map((entry) => entry.kind);
    // 'queued': routing put the new ticket in its category's queue.
    expect(kinds).toEqual(['created', 'queued', 'title_changed', 'tags_changed', 'priority_changed']);
    const events = (await ticketDomainEvents(db(), ticket.id)).map((event) => event.type);
    expect(events).toEqual(['ticket.created', 'ticket.updated', 'ticket.priority_changed']);
    expect((await ticketAudit(db(), ticket.id)).map((entry) => entry.action)).toEqual(['create', 'update']);

    const noReason = await api.update(agent, ticket.id, { priority: 'low' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('priority_reason_required');
  });

  it('does not let a customer or a sales user work tickets', async () => {
    const ticket = await openTicket(api, agent, { clientId });
    const sales = await sessionFor(testApp.context, 'sales');
    for (const session of [customer, sales]) {
      expect((await api.update(session, ticket.id, { title: 'mine' })).statusCode).toBe(403);
      expect((await api.status(session, ticket.id, 'resolved')).statusCode).toBe(403);
      expect((await api.assign(session, ticket.id, agentEmployeeId)).statusCode).toBe(403);
    }
    expect(expectStatus<TicketBody>(await api.get(agent, ticket.id), 200).version).toBe(ticket.version);
  });
});

describe('the inbox views', () => {
  let clientForViews: number;
  const seeded: Record<string, number> = {};
  let queueId: number;

  beforeAll(async () => {
    clientForViews = (await createClient(db(), { companyName: 'Views Inc' })).id;
    const [queue] = await db().insert(ticketQueues).values({ name: 'Hardware' }).returning();
    const make = async (name: string, overrides: Partial<typeof tickets.$inferInsert>) => {
      const ticket = await openTicket(api, agent, { clientId: clientForViews, title: `Views ${name}` });
      await db().update(tickets).set(overrides).where(eq(tickets.id, ticket.id));
      seeded[name] = ticket.id;
    };
    const at = (minutes: number) => new Date(Date.UTC(2030, 0, 1, 0, minutes));
    await make('mineOpen', { assignedTo: agentEmployeeId, status: 'open', updatedAt: at(1) });
    await make('minePending', { assignedTo: agentEmployeeId, status: 'pending', updatedAt: at(3) });
    await make('mineResolved', { assignedTo: agentEmployeeId, status: 'resolved', updatedAt: at(5) });
    await make('othersOpen', { assignedTo: otherAgent.employee.id, status: 'open', updatedAt: at(2) });
    await make('unassignedQueued', { queueId: queue?.id, status: 'new', createdAt: at(0) });
    await make('dueLater', {
      assignedTo: otherAgent.employee.id,
      status: 'open',
      firstResponseDueAt: at(50),
      resolutionDueAt: at(90),
    });
    await make('dueSoon', { assignedTo: agentEmployeeId, status: 'on_hold', resolutionDueAt: at(10) });
    await make('duePaused', { status: 'pending', resolutionDueAt: at(5) });
    queueId = queue?.id as number;
  });

  const viewIds = async (query: string) =>
    ids(await api.list(agent, `?clientId=${clientForViews}&${query}`)).filter((id) =>
      Object.values(seeded).includes(id),
    );

  it('mine: my working tickets (pending too), most recently updated first', async () => {
    // dueSoon keeps the update time of its creation, years before the others'.
    expect(await viewIds('view=mine')).toEqual([seeded.minePending, seeded.mineOpen, seeded.dueSoon]);
    expect(await viewIds('view=mine&status=resolved')).toEqual([seeded.mineResolved]);
    expect(ids(await api.list(otherAgent.session, `?view=mine&clientId=${clientForViews}`))).toEqual([
      seeded.othersOpen,
      seeded.dueLater,
    ]);
  });

  it('breaching: active tickets with a deadline, soonest first; paused ones are not listed', async () => {
    expect(await viewIds('view=breaching')).toEqual([seeded.dueSoon, seeded.dueLater]);
    expect(await viewIds('view=breaching&assignedTo=me')).toEqual([seeded.dueSoon]);
    const page = expectStatus<Page<TicketBody>>(
      await api.list(agent, `?view=breaching&clientId=${clientForViews}`),
      200,
    );
    expect(page.items[0]?.sla).toMatchObject({ state: 'none', resolutionDueAt: '2030-01-01T00:10:00.000Z' });
  });

  it('unassigned and queue views', async () => {
    expect(await viewIds('view=unassigned')).toEqual([seeded.unassignedQueued]);
    expect(await viewIds(`view=queue&queueId=${queueId}`)).toEqual([seeded.unassignedQueued]);
    const noQueue = await api.list(agent, '?view=queue');
    expect(noQueue.statusCode).toBe(400);
    expect(noQueue.json().code).toBe('queue_required');
  });

  it('filters by status lists, priority, tag, channel and title, and refuses a dueAt sort outside breaching', async () => {
    expect(await viewIds('status=pending,on_hold')).toHaveLength(3);
    expect(await viewIds('status=pending&status=resolved')).toHaveLength(3);
    expect(await viewIds('q=views%20minePending')).toEqual([seeded.minePending]);
    expect(await viewIds('channel=phone')).toEqual([]);
    expect(await viewIds('tag=nothing')).toEqual([]);
    expect((await api.list(agent, '?status=bogus')).statusCode).toBe(400);
    expect((await api.list(agent, '?sort=dueAt')).json().code).toBe('invalid_sort');
  });

  it('pages through every ticket once, in order, for each sort', async () => {
    for (const sort of ['-updatedAt', 'createdAt', '-createdAt']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const query = `?clientId=${clientForViews}&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page: Page<TicketBody> = expectStatus(await api.list(agent, query), 200);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      const onePage = ids(await api.list(agent, `?clientId=${clientForViews}&sort=${sort}&limit=100`));
      expect(seen, sort).toEqual(onePage);
      expect(new Set(seen).size, sort).toBe(Object.keys(seeded).length);
    }
    const tampered = await api.list(agent, '?cursor=bm90LWEtY3Vyc29y');
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().code).toBe('invalid_cursor');
  });

  it('gives an account with no employee an empty "mine" view', async () => {
    const manager = await sessionFor(testApp.context, 'manager');
    expect(expectStatus<Page<TicketBody>>(await api.list(manager, '?view=mine'), 200).items).toEqual([]);
  });

  it("ignores a customer's view and filters naming other clients", async () => {
    const mine = await api.list(customer, `?view=unassigned&clientId=${clientForViews}`);
    for (const item of expectStatus<Page<TicketBody>>(mine, 200).items) expect(item.clientId).toBe(clientId);
    expect(
      expectStatus<Page<TicketBody>>(await api.list(customer, '?view=mine'), 200).items.length,
    ).toBeGreaterThan(0);
  });
});
