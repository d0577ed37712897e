import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { satisfactionResponses } from '../../src/modules/clients/schema';
import { ticketSurveys, tickets } from '../../src/modules/tickets/schema';
import { createSurveyForResolvedTicket } from '../../src/modules/tickets/survey.service';
import type { AuditActor } from '../../src/platform/http/audit-actor';
import { eventsOf } from '../support/client-factories';
import { createClient, createTicket, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { auditRows, historyOf } from './ticket-rows';

const DAY_MS = 24 * 60 * 60 * 1000;

let testApp: TestApp;
let now = new Date('2025-03-03T10:00:00Z');
let manager: Session;
let customer: Session;
let clientId: number;
let otherClientId: number;
const db = () => testApp.context.database.db;
const system: AuditActor = { user: null, ipAddress: '127.0.0.1', requestId: 'test' };

beforeAll(async () => {
  testApp = await buildTestApp({ clock: () => now });
  clientId = (await createClient(db())).id;
  otherClientId = (await createClient(db())).id;
  manager = await sessionFor(testApp.context, 'manager');
  customer = await sessionFor(testApp.context, 'customer', { clientId });
});
afterAll(() => testApp.close());

const call = (session: Session | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  testApp.app.inject({
    method,
    url,
    headers: session?.headers ?? {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** A resolved ticket with its survey, created as the ticket service does on resolution; returns the link's token. */
async function resolvedTicketWithSurvey(
  overrides: { clientId?: number; status?: 'resolved' | 'closed' } = {},
) {
  const ticket = await createTicket(db(), {
    clientId: overrides.clientId ?? clientId,
    status: overrides.status ?? 'resolved',
    resolvedAt: now,
    requesterEmail: 'requester@globex.example',
    requesterName: 'Rita Requester',
  });
  await createSurveyForResolvedTicket(db(), ticket, system, { now });
  return { ticket, token: await latestToken(ticket.id) };
}

/** The token of the ticket's newest survey, from the link in its `ticket.survey_requested` event. */
async function latestToken(ticketId: number) {
  const events = await eventsOf(db(), 'ticket.survey_requested', ticketId);
  const link = String(events.at(-1)?.payload.link);
  const match = /\/support\/rate\/([A-Za-z0-9_-]+)$/.exec(link);
  if (!match?.[1]) throw new Error(`no survey link in ${link}`);
  return match[1];
}

async function satisfactionOf(id: number) {
  const response = await call(manager, 'GET', `/api/clients/${id}/satisfaction`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('the survey sent on resolution', () => {
  it('stores only the hash of a single-use token and asks for the link to be sent to the requester', async () => {
    const { ticket, token } = await resolvedTicketWithSurvey();
    const [event] = await eventsOf(db(), 'ticket.survey_requested', ticket.id);
    expect(event?.payload).toMatchObject({
      clientId,
      email: 'requester@globex.example',
      link: `http://localhost:5173/support/rate/${token}`,
    });
    const [survey] = await db().select().from(ticketSurveys).where(eq(ticketSurveys.ticketId, ticket.id));
    expect(survey?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(survey)).not.toContain(token);
    expect(survey?.expiresAt.getTime()).toBe(now.getTime() + 30 * DAY_MS);
    expect(await historyOf(db(), ticket.id, 'survey_requested')).toHaveLength(1);

    const status = (await call(customer, 'GET', `/api/tickets/${ticket.id}/survey`)).json();
    expect(status).toMatchObject({ status: 'open' });
  });

  it('answers none for a ticket without a survey, and 404 for another client’s ticket', async () => {
    const plain = await createTicket(db(), { clientId, status: 'open' });
    expect((await call(customer, 'GET', `/api/tickets/${plain.id}/survey`)).json()).toEqual({
      status: 'none',
    });
    const { ticket: theirs } = await resolvedTicketWithSurvey({ clientId: otherClientId });
    expect((await call(customer, 'GET', `/api/tickets/${theirs.id}/survey`)).statusCode).toBe(404);
  });
});

describe('rating from the portal', () => {
  it('records the answer once, in the client’s satisfaction figures, with the rated event, history and audit', async () => {
    const before = await satisfactionOf(clientId);
    const { ticket } = await resolvedTicketWithSurvey();
    await db().update(tickets).set({ assignedTo: null }).where(eq(tickets.id, ticket.id));

    const rated = await call(customer, 'POST', `/api/tickets/${ticket.id}/rating`, {
      score: 4,
      comment: '  Quick and kind  ',
    });
    expect(rated.statusCode).toBe(201);
    expect(rated.json()).toMatchObject({ status: 'answered', score: 4, comment: 'Quick and kind' });

    const after = await satisfactionOf(clientId);
    expect(after.csat.count).toBe(before.csat.count + 1);
    expect(after.csat.distribution['4']).toBe(before.csat.distribution['4'] + 1);
    const [response] = await db()
      .select()
      .from(satisfactionResponses)
      .where(eq(satisfactionResponses.ticketId, ticket.id));
    expect(response).toMatchObject({
      clientId,
      kind: 'csat',
      score: 4,
      respondentUserId: customer.userId,
      comment: 'Quick and kind',
    });

    expect((await eventsOf(db(), 'ticket.rated', ticket.id)).map((event) => event.payload)).toEqual([
      { clientId, score: 4, assignedTo: null },
    ]);
    expect(await eventsOf(db(), 'satisfaction.recorded', clientId)).not.toHaveLength(0);
    const [history] = await historyOf(db(), ticket.id, 'rated');
    expect(history).toMatchObject({ actorUserId: customer.userId, data: { score: 4, via: 'portal' } });
    const [survey] = await db().select().from(ticketSurveys).where(eq(ticketSurveys.ticketId, ticket.id));
    expect((await auditRows(db(), 'ticket_survey', survey?.id ?? 0)).map((row) => row.action)).toEqual([
      'create',
      'update',
    ]);

    expect((await call(customer, 'GET', `/api/tickets/${ticket.id}/survey`)).json()).toMatchObject({
      status: 'answered',
      score: 4,
    });
    const again = await call(customer, 'POST', `/api/tickets/${ticket.id}/rating`, { score: 1 });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('survey_answered');
    expect((await satisfactionOf(clientId)).csat.count).toBe(after.csat.count);
  });

  it('is for the customer of a resolved or closed ticket only', async () => {
    const { ticket } = await resolvedTicketWithSurvey();
    expect((await call(manager, 'POST', `/api/tickets/${ticket.id}/rating`, { score: 5 })).statusCode).toBe(
      403,
    );

    const { ticket: theirs } = await resolvedTicketWithSurvey({ clientId: otherClientId });
    expect((await call(customer, 'POST', `/api/tickets/${theirs.id}/rating`, { score: 5 })).statusCode).toBe(
      404,
    );

    const { ticket: reopened } = await resolvedTicketWithSurvey();
    await db().update(tickets).set({ status: 'open' }).where(eq(tickets.id, reopened.id));
    const early = await call(customer, 'POST', `/api/tickets/${reopened.id}/rating`, { score: 5 });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ticket_not_resolved');

    const { ticket: closed } = await resolvedTicketWithSurvey({ status: 'closed' });
    expect((await call(customer, 'POST', `/api/tickets/${closed.id}/rating`, { score: 5 })).statusCode).toBe(
      201,
    );
  });

  it('refuses scores outside 1–5 and unknown fields with 400', async () => {
    const { ticket } = await resolvedTicketWithSurvey();
    for (const body of [{ score: 0 }, { score: 6 }, { score: 3.5 }, {}, { score: 3, extra: true }]) {
      const response = await call(customer, 'POST', `/api/tickets/${ticket.id}/rating`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await call(customer, 'GET', `/api/tickets/${ticket.id}/survey`)).json().status).toBe('open');
  });
});

describe('rating through the single-use link', () => {
  it('shows the survey to whoever holds the link, takes one answer, then answers 410', async () => {
    const { ticket, token } = await resolvedTicketWithSurvey();
    const shown = await call(null, 'GET', `/api/tickets/surveys/${token}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ ticketId: ticket.id, title: ticket.title, status: 'open' });

    const answered = await call(null, 'POST', `/api/tickets/surveys/${token}`, { score: 2, comment: 'Slow' });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ status: 'answered', score: 2 });
    const [response] = await db()
      .select()
      .from(satisfactionResponses)
      .where(eq(satisfactionResponses.ticketId, ticket.id));
    expect(response).toMatchObject({ clientId, kind: 'csat', score: 2, respondentUserId: null });
    const [history] = await historyOf(db(), ticket.id, 'rated');
    expect(history).toMatchObject({ actorUserId: null, actorName: 'Rita Requester', data: { via: 'link' } });

    const second = await call(null, 'POST', `/api/tickets/surveys/${token}`, { score: 5 });
    expect(second.statusCode).toBe(410);
    expect(second.json().code).toBe('survey_answered');
    expect((await call(null, 'GET', `/api/tickets/surveys/${token}`)).json().status).toBe('answered');
    // The portal sees the same survey answered.
    expect((await call(customer, 'POST', `/api/tickets/${ticket.id}/rating`, { score: 5 })).statusCode).toBe(
      410,
    );
    const responses = await db()
      .select()
      .from(satisfactionResponses)
      .where(eq(satisfactionResponses.ticketId, ticket.id));
    expect(responses).toHaveLength(1);
  });

  it('expires after 30 days', async () => {
    const { ticket, token } = await resolvedTicketWithSurvey();
    const sent = now;
    try {
      now = new Date(sent.getTime() + 30 * DAY_MS + 1);
      expect((await call(null, 'GET', `/api/tickets/surveys/${token}`)).json().status).toBe('expired');
      const late = await call(null, 'POST', `/api/tickets/surveys/${token}`, { score: 5 });
      expect(late.statusCode).toBe(410);
      expect(late.json().code).toBe('survey_expired');
      expect((await call(customer, 'GET', `/api/tickets/${ticket.id}/survey`)).json()).toEqual({
        status: 'none',
      });
    } finally {
      now = sent;
    }
  });

  it('ends the earlier survey when a reopened ticket is resolved again', async () => {
    const { ticket, token: first } = await resolvedTicketWithSurvey();
    await createSurveyForResolvedTicket(db(), ticket, system, { now });
    const second = await latestToken(ticket.id);
    expect(second).not.toBe(first);
    expect((await call(null, 'POST', `/api/tickets/surveys/${first}`, { score: 3 })).statusCode).toBe(410);
    expect((await call(null, 'POST', `/api/tickets/surveys/${second}`, { score: 3 })).statusCode).toBe(201);
  });

  it('answers 404 for an unknown link and 400 for a malformed one', async () => {
    const unknown = 'A'.repeat(43);
    expect((await call(null, 'GET', `/api/tickets/surveys/${unknown}`)).statusCode).toBe(404);
    expect((await call(null, 'POST', `/api/tickets/surveys/${unknown}`, { score: 3 })).statusCode).toBe(404);
    expect((await call(null, 'GET', '/api/tickets/surveys/short')).statusCode).toBe(400);
    const { token } = await resolvedTicketWithSurvey();
    expect((await call(null, 'POST', `/api/tickets/surveys/${token}`, { score: 9 })).statusCode).toBe(400);
  });

  it('lets only one of two simultaneous answers through', async () => {
    const { ticket, token } = await resolvedTicketWithSurvey();
    const results = await Promise.all([
      call(null, 'POST', `/api/tickets/surveys/${token}`, { score: 5 }),
      call(null, 'POST', `/api/tickets/surveys/${token}`, { score: 1 }),
    ]);
    expect(results.map((response) => response.statusCode).sort()).toEqual([201, 410]);
    const responses = await db()
      .select()
      .from(satisfactionResponses)
      .where(and(eq(satisfactionResponses.ticketId, ticket.id)))
      .orderBy(desc(satisfactionResponses.id));
    expect(responses).toHaveLength(1);
  });
});
