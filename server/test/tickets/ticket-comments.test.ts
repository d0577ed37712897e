import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultPriorityRules } from '../../src/modules/tickets/priority-rules.util';
import { ticketAttachments, ticketComments, ticketSettings } from '../../src/modules/tickets/schema';
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

const HOUR_MS = 3_600_000;
let now = new Date();
let testApp: TestApp;
let api: TicketsApi;
let agent: Session;
let customer: Session;
let clientId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp({ service: 'tickets', clock: () => now });
  api = ticketsApi(testApp.app);
  agent = (await staffMember(testApp, 'agent', 'Grace Hopper')).session;
  clientId = (await createClient(db())).id;
  customer = await sessionFor(testApp.context, 'customer', { clientId });
});
beforeEach(() => {
  now = new Date();
});
afterAll(() => testApp.close());

const newTicket = () => openTicket(api, agent, { clientId });
const thread = async (session: Session, id: number) =>
  expectStatus<Page<CommentBody>>(await api.comments(session, id), 200).items;

describe('staff replies and notes', () => {
  it('takes the first public reply as the first response and opens a new ticket', async () => {
    const ticket = await newTicket();
    const reply = expectStatus<CommentBody>(await api.comment(agent, ticket.id, 'We are on it'), 201);
    expect(reply).toMatchObject({
      visibility: 'public',
      authorKind: 'staff',
      authorName: expect.stringMatching(/^agent \d+$/),
      authorUserId: agent.userId,
    });
    const answered = expectStatus<TicketBody>(await api.get(agent, ticket.id), 200);
    expect(answered.status).toBe('open');
    expect(answered.firstRespondedAt).toBe(now.toISOString());

    const firstResponseAt = answered.firstRespondedAt;
    now = new Date(now.getTime() + 60_000);
    expectStatus(await api.comment(agent, ticket.id, 'Still on it'), 201);
    expect(expectStatus<TicketBody>(await api.get(agent, ticket.id), 200).firstRespondedAt).toBe(
      firstResponseAt,
    );

    const history = (await ticketHistory(db(), ticket.id)).map((entry) => [
      entry.kind,
      entry.data.firstResponse,
    ]);
    expect(history).toEqual([
      ['created', undefined],
      ['commented', true],
      ['status_changed', undefined],
      ['commented', undefined],
    ]);
    const events = (await ticketDomainEvents(db(), ticket.id)).map((event) => event.type);
    expect(events).toEqual(['ticket.created', 'ticket.replied', 'ticket.status_changed', 'ticket.replied']);
  });

  it('keeps internal notes from customers, and is not a first response', async () => {
    const ticket = await newTicket();
    expectStatus(await api.comment(agent, ticket.id, 'Customer is on the legacy plan', 'internal'), 201);
    expectStatus(await api.comment(customer, ticket.id, 'Any news?'), 201);
    expect((await thread(agent, ticket.id)).map((comment) => comment.visibility)).toEqual([
      'internal',
      'public',
    ]);
    expect((await thread(customer, ticket.id)).map((comment) => comment.body)).toEqual(['Any news?']);
    const after = expectStatus<TicketBody>(await api.get(agent, ticket.id), 200);
    expect(after).toMatchObject({ status: 'new', firstRespondedAt: null });
    expect((await ticketHistory(db(), ticket.id)).map((entry) => entry.kind)).toEqual([
      'created',
      'note_added',
      'commented',
    ]);
    // Only the customer's public reply is news for notifications.
    const replied = (await ticketDomainEvents(db(), ticket.id)).filter(
      (event) => event.type === 'ticket.replied',
    );
    expect(replied.map((event) => event.payload.authorKind)).toEqual(['customer']);
  });

  it('refuses public replies on a closed ticket but still takes notes', async () => {
    const ticket = await newTicket();
    expectStatus(await api.close(agent, ticket.id), 200);
    expect((await api.comment(agent, ticket.id, 'Hello?')).json().code).toBe('ticket_closed');
    expectStatus(
      await api.comment(agent, ticket.id, 'Closed as a duplicate of a phone call', 'internal'),
      201,
    );
  });

  it('leaves replies and notes to the support team: a sales user may open and read, not reply', async () => {
    const ticket = await newTicket();
    const sales = await sessionFor(testApp.context, 'sales');
    const refused = await api.comment(sales, ticket.id, 'I can help');
    expect(refused.statusCode).toBe(403);
    expect(expectStatus<Page<CommentBody>>(await api.comments(sales, ticket.id), 200).items).toEqual([]);
  });
});

describe('customer replies', () => {
  it('refuses an internal note from a customer with 403, writing nothing', async () => {
    const ticket = await newTicket();
    const response = await api.comment(customer, ticket.id, 'psst', 'internal');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('internal_note_forbidden');
    expect(await db().select().from(ticketComments).where(eq(ticketComments.ticketId, ticket.id))).toEqual(
      [],
    );
  });

  it('brings a ticket waiting on the customer back to open', async () => {
    const ticket = await newTicket();
    expectStatus(await api.status(agent, ticket.id, 'pending'), 200);
    const reply = expectStatus<CommentBody>(await api.comment(customer, ticket.id, 'Here are the logs'), 201);
    expect(reply).toMatchObject({ authorKind: 'customer', authorUserId: customer.userId });
    expect(expectStatus<TicketBody>(await api.get(agent, ticket.id), 200).status).toBe('open');
    const [reopen] = (await ticketHistory(db(), ticket.id)).filter((entry) => entry.data.from === 'pending');
    expect(reopen).toMatchObject({
      actorUserId: customer.userId,
      data: { to: 'open', reason: 'customer replied' },
    });
  });

  it('reopens a resolved ticket within the window (168 hours when never configured)', async () => {
    const ticket = await newTicket();
    expectStatus(await api.status(agent, ticket.id, 'resolved'), 200);
    now = new Date(now.getTime() + 167 * HOUR_MS);
    expectStatus(await api.comment(customer, ticket.id, 'It broke again'), 201);
    expect(expectStatus<TicketBody>(await api.get(customer, ticket.id), 200)).toMatchObject({
      status: 'open',
      reopenCount: 1,
      resolvedAt: null,
    });
  });

  it('sends the customer to a new ticket after the window or once closed, keeping nothing', async () => {
    await db().insert(ticketSettings).values({ priorityRules: defaultPriorityRules, reopenWindowHours: 2 });
    try {
      const ticket = await newTicket();
      expectStatus(await api.status(agent, ticket.id, 'resolved'), 200);
      now = new Date(now.getTime() + 3 * HOUR_MS);
      const late = await api.comment(customer, ticket.id, 'It broke again');
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ code: 'ticket_closed', reason: 'reopen_window_passed' });
      expect(expectStatus<TicketBody>(await api.get(agent, ticket.id), 200).status).toBe('resolved');

      expectStatus(await api.close(customer, ticket.id), 200);
      expect((await api.comment(customer, ticket.id, 'Hello?')).json()).toMatchObject({
        code: 'ticket_closed',
        reason: 'closed',
      });
      expect(await thread(agent, ticket.id)).toEqual([]);
    } finally {
      await db().delete(ticketSettings);
    }
  });
});

describe('the thread', () => {
  it('pages oldest first and lists attachments, never internal ones to customers', async () => {
    const ticket = await newTicket();
    const written: number[] = [];
    for (const body of ['one', 'two', 'three', 'four', 'five'])
      written.push(expectStatus<CommentBody>(await api.comment(customer, ticket.id, body), 201).id);
    const first = written[0] as number;
    await db()
      .insert(ticketAttachments)
      .values(
        (['public', 'internal'] as const).map((visibility) => ({
          ticketId: ticket.id,
          commentId: first,
          fileName: `${visibility}.txt`,
          contentType: 'text/plain',
          sizeBytes: 5,
          sha256: 'a'.repeat(64),
          storageKey: `test-${ticket.id}-${visibility}`,
          visibility,
        })),
      );

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<CommentBody & { attachments: { fileName: string }[] }> = expectStatus(
        await api.comments(customer, ticket.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
        200,
      );
      if (seen.length === 0)
        expect(page.items[0]?.attachments.map((file) => file.fileName)).toEqual(['public.txt']);
      seen.push(...page.items.map((comment) => comment.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(written);

    const staffFirst = (await thread(agent, ticket.id))[0] as CommentBody & { attachments: unknown[] };
    expect(staffFirst.attachments).toHaveLength(2);
  });
});
