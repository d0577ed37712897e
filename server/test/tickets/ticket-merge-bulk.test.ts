import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import {
  type CommentBody,
  expectStatus,
  openTicket,
  type Page,
  staffMember,
  type TicketBody,
  type TicketsApi,
  ticketDomainEvents,
  ticketHistory,
  ticketsApi,
} from './core-ticket-api';

let testApp: TestApp;
let api: TicketsApi;
let agent: Session;
let agentEmployeeId: number;
let customer: Session;
let clientId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp({ service: 'tickets' });
  api = ticketsApi(testApp.app);
  const me = await staffMember(testApp);
  agent = me.session;
  agentEmployeeId = me.employee.id;
  clientId = (await createClient(db())).id;
  customer = await sessionFor(testApp.context, 'customer', { clientId });
});
afterAll(() => testApp.close());

type BulkResult = { results: { id: number; ok: boolean; problem?: { status: number; code: string } }[] };

describe('merging duplicates', () => {
  it('closes the duplicate, points it at the ticket that stays and carries its public thread over', async () => {
    const original = expectStatus<TicketBody>(
      await api.create(customer, { title: 'Login broken', description: 'Cannot sign in' }),
      201,
    );
    const duplicate = expectStatus<TicketBody>(
      await api.create(customer, { title: 'Login still broken', description: 'Tried again, same error' }),
      201,
    );
    expectStatus(await api.comment(customer, duplicate.id, 'Error code 42'), 201);
    expectStatus(await api.comment(agent, duplicate.id, 'Same as the other one', 'internal'), 201);

    const kept = expectStatus<TicketBody>(await api.merge(agent, duplicate.id, original.id), 200);
    expect(kept.id).toBe(original.id);
    const closed = expectStatus<TicketBody>(await api.get(agent, duplicate.id), 200);
    expect(closed).toMatchObject({ status: 'closed', mergedIntoId: original.id, resolvedAt: null });

    const thread = expectStatus<Page<CommentBody>>(await api.comments(customer, original.id), 200).items;
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({ authorKind: 'system', visibility: 'public' });
    expect(thread[0]?.body).toContain('Tried again, same error');
    expect(thread[0]?.body).toContain('Error code 42');
    expect(thread[0]?.body).not.toContain('Same as the other one');

    expect((await ticketHistory(db(), duplicate.id)).map((entry) => entry.kind).slice(-2)).toEqual([
      'merged',
      'status_changed',
    ]);
    const [mergedIn] = (await ticketHistory(db(), original.id)).filter((entry) => entry.kind === 'merged');
    expect(mergedIn?.data).toMatchObject({ fromTicketId: duplicate.id, commentId: thread[0]?.id });
    const events = (await ticketDomainEvents(db(), duplicate.id)).map((event) => event.type);
    expect(events.slice(-2)).toEqual(['ticket.merged', 'ticket.status_changed']);
  });

  it('refuses merging into itself, across clients, or with a closed ticket', async () => {
    const one = await openTicket(api, agent, { clientId });
    const two = await openTicket(api, agent, { clientId });
    const otherClients = await openTicket(api, agent, { clientId: (await createClient(db())).id });
    expect((await api.merge(agent, one.id, one.id)).json().code).toBe('merge_into_itself');
    expect((await api.merge(agent, one.id, otherClients.id)).json().code).toBe('different_clients');
    expectStatus(await api.close(agent, two.id), 200);
    expect((await api.merge(agent, one.id, two.id)).json().code).toBe('ticket_closed');
    expect((await api.merge(agent, two.id, one.id)).json().code).toBe('ticket_closed');
    expect((await api.merge(agent, one.id, 999_999)).statusCode).toBe(404);
    expect(expectStatus<TicketBody>(await api.get(agent, one.id), 200).status).toBe('new');
  });
});

describe('bulk actions', () => {
  it('changes the legal ones and reports the rest, each on its own', async () => {
    const fresh = await openTicket(api, agent, { clientId });
    const closed = await openTicket(api, agent, { clientId });
    expectStatus(await api.close(agent, closed.id), 200);
    const response = await api.bulk(agent, {
      action: 'status',
      ids: [fresh.id, closed.id, 999_999],
      status: 'resolved',
      reason: 'fixed in 2.4',
    });
    const { results } = expectStatus<BulkResult>(response, 200);
    expect(results).toEqual([
      { id: fresh.id, ok: true },
      {
        id: closed.id,
        ok: false,
        problem: expect.objectContaining({ status: 409, code: 'illegal_transition' }),
      },
      { id: 999_999, ok: false, problem: expect.objectContaining({ status: 404, code: 'ticket_not_found' }) },
    ]);
    expect(expectStatus<TicketBody>(await api.get(agent, fresh.id), 200).status).toBe('resolved');
  });

  it('assigns, sets priorities with the reason, and adds tags', async () => {
    const tickets = [
      await openTicket(api, agent, { clientId }),
      await openTicket(api, agent, { clientId, tags: ['vip'] }),
    ];
    const idsOf = tickets.map((ticket) => ticket.id);
    const all = (body: Record<string, unknown>) => api.bulk(agent, { ids: idsOf, ...body });
    for (const body of [
      { action: 'assign', employeeId: agentEmployeeId, reason: 'my accounts' },
      { action: 'priority', priority: 'urgent', reason: 'outage' },
      { action: 'add_tag', tag: 'VIP' },
    ]) {
      const { results } = expectStatus<BulkResult>(await all(body), 200);
      expect(
        results.every((result) => result.ok),
        JSON.stringify(body),
      ).toBe(true);
    }
    for (const id of idsOf) {
      expect(expectStatus<TicketBody>(await api.get(agent, id), 200)).toMatchObject({
        assignedTo: agentEmployeeId,
        priority: 'urgent',
        priorityReason: 'outage',
        tags: ['vip'],
      });
    }
  });

  it('refuses malformed requests as a whole', async () => {
    const cases = [
      { action: 'status', ids: [], status: 'open' },
      { action: 'status', ids: [1, 1], status: 'open' },
      { action: 'status', ids: Array.from({ length: 201 }, (_, index) => index + 1), status: 'open' },
      { action: 'priority', ids: [1], priority: 'urgent' },
      { action: 'delete', ids: [1] },
    ];
    for (const body of cases)
      expect((await api.bulk(agent, body)).statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
  });
});
