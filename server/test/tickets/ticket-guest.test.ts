import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../src/modules/clients/schema';
import { openTicket, resolveTicketDeps } from '../../src/modules/tickets';
import { createGuestRequestService } from '../../src/modules/tickets/guest-request.service';
import { ticketGuestRequests, tickets } from '../../src/modules/tickets/schema';
import { domainEvents } from '../../src/platform/events/schema';
import { eventsOf } from '../support/client-factories';
import { createClient, createOrder } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { auditRows, historyOf } from './ticket-rows';

let testApp: TestApp;
let now = new Date('2025-05-05T09:00:00Z');
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp({ clock: () => now });
});
afterAll(() => testApp.close());

const post = (url: string, payload: unknown) =>
  testApp.app.inject({ method: 'POST', url, payload: payload as object });

let sequence = 0;
function guestRequest(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    email: `guest${sequence}@gmail.com`,
    name: `Guest ${sequence}`,
    title: 'The blender arrived broken',
    description: 'The jar is cracked.',
    ...overrides,
  };
}

/** Sends a request and returns the token of its verification link, as the email would carry it. */
async function requestToken(body: Record<string, unknown>) {
  const response = await post('/api/tickets/guest-requests', body);
  expect(response.statusCode).toBe(202);
  const [request] = await db()
    .select()
    .from(ticketGuestRequests)
    .where(eq(ticketGuestRequests.email, String(body.email).toLowerCase()))
    .orderBy(ticketGuestRequests.id);
  if (!request) throw new Error('no guest request');
  const [event] = await eventsOf(db(), 'ticket.guest_verification_requested', request.id);
  const match = /\/support\/verify\/([A-Za-z0-9_-]+)$/.exec(String(event?.payload.link));
  if (!match?.[1]) throw new Error('no verification link');
  return match[1];
}

async function ticketOf(ticketId: number) {
  const [ticket] = await db().select().from(tickets).where(eq(tickets.id, ticketId));
  if (!ticket) throw new Error(`no ticket ${ticketId}`);
  return ticket;
}

describe('a guest’s request', () => {
  it('answers 202 without the link outside demo mode, and asks for it to be emailed', async () => {
    const body = guestRequest({ email: 'Mixed.Case@Example.org' });
    const response = await post('/api/tickets/guest-requests', body);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ verificationLink: null });
    const [request] = await db()
      .select()
      .from(ticketGuestRequests)
      .where(eq(ticketGuestRequests.email, 'mixed.case@example.org'));
    expect(request).toMatchObject({ title: body.title, verifiedAt: null, ticketId: null });
    const [event] = await eventsOf(db(), 'ticket.guest_verification_requested', request?.id ?? 0);
    expect(event?.payload).toMatchObject({
      email: 'mixed.case@example.org',
      link: expect.stringMatching(/^http:\/\/localhost:5173\/support\/verify\/[A-Za-z0-9_-]{43}$/),
    });
    // Only the token's hash is kept.
    const token = String(event?.payload.link).split('/').at(-1) ?? '';
    expect(request?.tokenHash).not.toContain(token);
    expect(await auditRows(db(), 'ticket_guest_request', request?.id ?? 0)).toHaveLength(1);
  });

  it('refuses bad input with 400 and records nothing', async () => {
    const [{ total: before }] = (await db().select({ total: count() }).from(ticketGuestRequests)) as [
      { total: number },
    ];
    for (const body of [
      guestRequest({ email: 'not-an-email' }),
      guestRequest({ title: '' }),
      guestRequest({ description: '   ' }),
      guestRequest({ name: undefined }),
      guestRequest({ isAdmin: true }),
      guestRequest({ title: 'x'.repeat(256) }),
    ]) {
      const response = await post('/api/tickets/guest-requests', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const [{ total: after }] = (await db().select({ total: count() }).from(ticketGuestRequests)) as [
      { total: number },
    ];
    expect(after).toBe(before);
    expect((await post('/api/tickets/guest-requests/verify', { token: 'short' })).statusCode).toBe(400);
    expect((await post('/api/tickets/guest-requests/verify', {})).statusCode).toBe(400);
  });

  it('stops sending links to one address after five requests in an hour, answering the same', async () => {
    const email = 'flooded@victim.example';
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await post('/api/tickets/guest-requests', guestRequest({ email }));
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ verificationLink: null });
    }
    const rows = await db().select().from(ticketGuestRequests).where(eq(ticketGuestRequests.email, email));
    expect(rows).toHaveLength(5);
  });
});

describe('verifying the email', () => {
  it('creates the ticket once for a known client’s domain; a second use answers 410', async () => {
    const globex = await createClient(db(), { companyName: 'Globex', email: 'orders@globex.example' });
    const token = await requestToken(guestRequest({ email: 'hank@globex.example', name: 'Hank Scorpio' }));

    const verified = await post('/api/tickets/guest-requests/verify', { token });
    expect(verified.statusCode).toBe(201);
    const { ticketId, reference } = verified.json();
    expect(reference).toBe(`#${ticketId}`);
    const ticket = await ticketOf(ticketId);
    expect(ticket).toMatchObject({
      clientId: globex.id,
      channel: 'portal',
      status: 'new',
      requesterEmail: 'hank@globex.example',
      requesterName: 'Hank Scorpio',
      title: 'The blender arrived broken',
    });
    expect(await eventsOf(db(), 'ticket.created', ticketId)).toHaveLength(1);
    expect(await historyOf(db(), ticketId, 'created')).toHaveLength(1);

    const again = await post('/api/tickets/guest-requests/verify', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('link_used');
    const forRequest = await db()
      .select()
      .from(tickets)
      .where(eq(tickets.requesterEmail, 'hank@globex.example'));
    expect(forRequest).toHaveLength(1);
    const [request] = await db()
      .select()
      .from(ticketGuestRequests)
      .where(eq(ticketGuestRequests.email, 'hank@globex.example'));
    expect(request).toMatchObject({ ticketId, verifiedAt: now });
  });

  it('makes a new lead for a personal address, never matching others at the same mail provider', async () => {
    const stranger = await createClient(db(), { email: 'someone.else@gmail.com' });
    const token = await requestToken(guestRequest({ email: 'jane.doe@gmail.com', name: 'Jane Doe' }));
    const { ticketId } = (await post('/api/tickets/guest-requests/verify', { token })).json();
    const ticket = await ticketOf(ticketId);
    expect(ticket.clientId).not.toBe(stranger.id);
    const [lead] = await db().select().from(clients).where(eq(clients.id, ticket.clientId));
    expect(lead).toMatchObject({ status: 'lead', email: 'jane.doe@gmail.com', contactPerson: 'Jane Doe' });
    expect(await eventsOf(db(), 'client.created', ticket.clientId)).toHaveLength(1);
  });

  it('matches a client by its exact contact email, even at a personal mail provider', async () => {
    const soleTrader = await createClient(db(), { email: 'bob.builder@gmail.com' });
    const token = await requestToken(guestRequest({ email: 'Bob.Builder@gmail.com' }));
    const { ticketId } = (await post('/api/tickets/guest-requests/verify', { token })).json();
    expect((await ticketOf(ticketId)).clientId).toBe(soleTrader.id);
  });

  it('links the order named when it is the client’s, and otherwise only quotes it', async () => {
    const initech = await createClient(db(), { email: 'office@initech.example' });
    const stranger = await createClient(db());
    const own = await createOrder(db(), { clientId: initech.id });
    const foreign = await createOrder(db(), { clientId: stranger.id });

    const linked = await requestToken(
      guestRequest({ email: 'peter@initech.example', orderReference: `#${own.id}` }),
    );
    const linkedTicket = await ticketOf(
      (await post('/api/tickets/guest-requests/verify', { token: linked })).json().ticketId,
    );
    expect(linkedTicket.orderId).toBe(own.id);

    const quoted = await requestToken(
      guestRequest({ email: 'milton@initech.example', orderReference: String(foreign.id) }),
    );
    const quotedTicket = await ticketOf(
      (await post('/api/tickets/guest-requests/verify', { token: quoted })).json().ticketId,
    );
    expect(quotedTicket.orderId).toBeNull();
    expect(quotedTicket.description).toContain(`Order reference: ${foreign.id}`);
  });

  it('answers 410 for an expired link and 404 for an unknown one, creating nothing', async () => {
    const token = await requestToken(guestRequest({ email: 'late@latecomer.example' }));
    const sent = now;
    try {
      now = new Date(sent.getTime() + 49 * 60 * 60 * 1000);
      const late = await post('/api/tickets/guest-requests/verify', { token });
      expect(late.statusCode).toBe(410);
      expect(late.json().code).toBe('link_expired');
    } finally {
      now = sent;
    }
    const unknown = await post('/api/tickets/guest-requests/verify', { token: 'B'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    expect(
      await db().select().from(tickets).where(eq(tickets.requesterEmail, 'late@latecomer.example')),
    ).toEqual([]);
  });

  it('creates one ticket when the same link is followed twice at once', async () => {
    const token = await requestToken(guestRequest({ email: 'twice@double.example' }));
    const results = await Promise.all([
      post('/api/tickets/guest-requests/verify', { token }),
      post('/api/tickets/guest-requests/verify', { token }),
    ]);
    expect(results.map((response) => response.statusCode).sort()).toEqual([201, 410]);
    const created = await db()
      .select()
      .from(tickets)
      .where(eq(tickets.requesterEmail, 'twice@double.example'));
    expect(created).toHaveLength(1);
    const leads = await db().select().from(clients).where(eq(clients.email, 'twice@double.example'));
    expect(leads).toHaveLength(1);
  });

  it('keeps the token out of every stored row but the event that carries the link', async () => {
    const token = await requestToken(guestRequest({ email: 'secret@keeper.example' }));
    const requests = await db().select().from(ticketGuestRequests);
    expect(JSON.stringify(requests)).not.toContain(token);
    const carriers = (await db().select().from(domainEvents)).filter((event) =>
      JSON.stringify(event.payload).includes(token),
    );
    expect(carriers.map((event) => event.type)).toEqual(['ticket.guest_verification_requested']);
  });

  it('opens the ticket through the ticket service when its create is wired in', async () => {
    const { db: database } = testApp.context.database;
    const clock = () => now;
    const guests = createGuestRequestService({
      db: database,
      clock,
      portalUrl: 'https://portal.example',
      linkTtlHours: 48,
      createTicket: (tx, input, actor) =>
        openTicket(tx, resolveTicketDeps({ db: database, clock }), input, actor),
    });
    const actor = { user: null, ipAddress: '127.0.0.1', requestId: 'test' };
    const { link } = await guests.request(
      actor,
      guestRequest({ email: 'wired@service.example', title: 'URGENT: site down' }),
    );
    const token = String(link).split('/').at(-1) ?? '';
    const { ticketId } = await guests.verify(actor, token);
    const ticket = await ticketOf(ticketId);
    expect(ticket).toMatchObject({
      channel: 'portal',
      requesterEmail: 'wired@service.example',
      prioritySource: 'rules',
    });
    expect(ticket.priorityReason).not.toBeNull();
    expect(await eventsOf(db(), 'ticket.created', ticketId)).toHaveLength(1);
  });
});
