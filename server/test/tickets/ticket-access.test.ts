import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import {
  type CommentBody,
  expectStatus,
  type Page,
  staffMember,
  type TicketBody,
  type TicketsApi,
  ticketHistory,
  ticketsApi,
} from './core-ticket-api';

// A customer sees their own client's tickets and nothing else: not another client's, not internal notes.
let testApp: TestApp;
let api: TicketsApi;
let agent: Session;
const customers: { session: Session; clientId: number; ticketId: number }[] = [];
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp();
  api = ticketsApi(testApp.app);
  agent = (await staffMember(testApp)).session;
  for (const name of ['Alpha Ltd', 'Beta GmbH']) {
    const clientId = (await createClient(db(), { companyName: name })).id;
    const session = await sessionFor(testApp.context, 'customer', { clientId });
    const ticket = expectStatus<TicketBody>(
      await api.create(session, { title: `${name} printer jam`, description: 'Paper everywhere' }),
      201,
    );
    expectStatus(await api.comment(agent, ticket.id, `Internal: ${name} owes us money`, 'internal'), 201);
    expectStatus(await api.comment(agent, ticket.id, 'Have you tried turning it off and on?'), 201);
    customers.push({ session, clientId, ticketId: ticket.id });
  }
});
afterAll(() => testApp.close());

const pair = () => customers as [(typeof customers)[0], (typeof customers)[0]];

describe("a customer and another client's tickets", () => {
  it('cannot read, list, follow or search them', async () => {
    const [alpha, beta] = pair();
    expect((await api.get(alpha.session, beta.ticketId)).statusCode).toBe(404);
    expect((await api.comments(alpha.session, beta.ticketId)).statusCode).toBe(404);
    for (const query of ['', `?clientId=${beta.clientId}`, '?view=all', '?view=unassigned']) {
      const page = expectStatus<Page<TicketBody>>(await api.list(alpha.session, query), 200);
      expect(
        page.items.map((item) => item.id),
        query,
      ).toEqual([alpha.ticketId]);
    }
    expect(expectStatus<Page<TicketBody>>(await api.list(alpha.session, '?q=Beta'), 200).items).toEqual([]);
  });

  it('cannot write to them: reply, close, and it looks exactly as if they did not exist', async () => {
    const [alpha, beta] = pair();
    const before = (await ticketHistory(db(), beta.ticketId)).length;
    const attempts = [
      await api.comment(alpha.session, beta.ticketId, 'Hijack'),
      await api.close(alpha.session, beta.ticketId),
    ];
    const missing = await api.comment(alpha.session, 999_999, 'Hijack');
    for (const response of attempts) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe(missing.json().code);
    }
    expect(await ticketHistory(db(), beta.ticketId)).toHaveLength(before);
    expect(expectStatus<TicketBody>(await api.get(beta.session, beta.ticketId), 200).status).toBe('open');
  });

  it('cannot use the staff routes at all', async () => {
    const [alpha, beta] = pair();
    for (const response of [
      await api.history(alpha.session, alpha.ticketId),
      await api.status(alpha.session, beta.ticketId, 'closed'),
      await api.assign(alpha.session, alpha.ticketId, null),
      await api.update(alpha.session, alpha.ticketId, { title: 'x' }),
      await api.merge(alpha.session, alpha.ticketId, beta.ticketId),
      await api.bulk(alpha.session, { action: 'status', ids: [beta.ticketId], status: 'closed' }),
    ]) {
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('internal notes', () => {
  it('never reach a customer, even on their own ticket', async () => {
    for (const { session, ticketId } of customers) {
      const thread = expectStatus<Page<CommentBody>>(await api.comments(session, ticketId), 200).items;
      expect(thread.map((comment) => comment.visibility)).toEqual(['public']);
      expect(JSON.stringify(thread)).not.toContain('owes us money');
      // Nor does the staff member's account id: the author is named, not identified.
      expect(thread[0]).toMatchObject({ authorKind: 'staff', authorUserId: null });
    }
  });

  it('are there for staff', async () => {
    const [alpha] = pair();
    const thread = expectStatus<Page<CommentBody>>(await api.comments(agent, alpha.ticketId), 200).items;
    expect(thread.map((comment) => comment.visibility)).toEqual(['internal', 'public']);
  });
});
