import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommentService } from '../../src/modules/tickets/comment.service';
import { ticketSurveys } from '../../src/modules/tickets/schema';
import { createTicketService } from '../../src/modules/tickets/ticket.service';
import {
  createBasicTicketEngine,
  type TicketEngine,
  type TicketRow,
} from '../../src/modules/tickets/ticket-engine';
import { createTicketWorkflowService } from '../../src/modules/tickets/ticket-workflow.service';
import { employees } from '../../src/modules/workforce';
import type { AuditActor } from '../../src/platform/http/audit-actor';
import { createClient, createEmployee, createUser, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import {
  expectStatus,
  openTicket,
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
let clientId: number;
const db = () => testApp.context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp({ service: 'tickets' });
  api = ticketsApi(testApp.app);
  const me = await staffMember(testApp, 'agent');
  agent = me.session;
  agentEmployeeId = me.employee.id;
  clientId = (await createClient(db())).id;
});
afterAll(() => testApp.close());

const newTicket = () => openTicket(api, agent, { clientId });

describe('status changes', () => {
  it('follows the workflow and keeps resolvedAt, closedAt and the reopen count', async () => {
    const ticket = await newTicket();
    const pending = expectStatus<TicketBody>(
      await api.status(agent, ticket.id, 'pending', { reason: 'asked for logs' }),
      200,
    );
    expect(pending).toMatchObject({
      status: 'pending',
      allowedTransitions: ['open', 'on_hold', 'resolved', 'closed'],
    });

    const resolved = expectStatus<TicketBody>(await api.status(agent, ticket.id, 'resolved'), 200);
    expect(resolved.resolvedAt).not.toBeNull();
    expect(resolved.allowedTransitions).toEqual(['open', 'closed']);
    // Resolving asks the customer for a rating.
    expect(await db().select().from(ticketSurveys).where(eq(ticketSurveys.ticketId, ticket.id))).toHaveLength(
      1,
    );

    const reopened = expectStatus<TicketBody>(
      await api.status(agent, ticket.id, 'open', { reason: 'not fixed' }),
      200,
    );
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, reopenCount: 1 });

    expectStatus(await api.status(agent, ticket.id, 'resolved'), 200);
    const closed = expectStatus<TicketBody>(await api.status(agent, ticket.id, 'closed'), 200);
    expect(closed).toMatchObject({ status: 'closed', reopenCount: 1, allowedTransitions: [] });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.resolvedAt).not.toBeNull();

    const history = (await ticketHistory(db(), ticket.id)).filter((entry) => entry.kind === 'status_changed');
    expect(history.map((entry) => [entry.data.from, entry.data.to, entry.data.reason])).toEqual([
      ['new', 'pending', 'asked for logs'],
      ['pending', 'resolved', null],
      ['resolved', 'open', 'not fixed'],
      ['open', 'resolved', null],
      ['resolved', 'closed', null],
    ]);
    const events = await ticketDomainEvents(db(), ticket.id);
    expect(events.filter((event) => event.type === 'ticket.status_changed')).toHaveLength(5);
    expect(
      (await ticketAudit(db(), ticket.id)).filter((entry) => entry.action === 'change_status'),
    ).toHaveLength(5);
  });

  it('answers 409 illegal_transition with the allowed statuses, and changes nothing', async () => {
    const ticket = await newTicket();
    expectStatus(await api.status(agent, ticket.id, 'resolved'), 200);
    const illegal = await api.status(agent, ticket.id, 'pending');
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json()).toMatchObject({
      code: 'illegal_transition',
      from: 'resolved',
      to: 'pending',
      allowed: ['open', 'closed'],
    });
    expectStatus(await api.status(agent, ticket.id, 'closed'), 200);
    expect((await api.status(agent, ticket.id, 'open')).json()).toMatchObject({
      code: 'illegal_transition',
      allowed: [],
    });
    expect(expectStatus<TicketBody>(await api.get(agent, ticket.id), 200).status).toBe('closed');
  });

  it('takes If-Match when sent: a stale version is 412', async () => {
    const ticket = await newTicket();
    expect((await api.status(agent, ticket.id, 'open', {}, ticket.version + 3)).statusCode).toBe(412);
    expect((await api.status(agent, ticket.id, 'open', {}, ticket.version)).statusCode).toBe(200);
  });

  it('lets two agents race for the same change: one wins, the other is told it is illegal now', async () => {
    const ticket = await newTicket();
    const other = (await staffMember(testApp, 'agent')).session;
    const responses = await Promise.all([
      api.status(agent, ticket.id, 'resolved'),
      api.status(other, ticket.id, 'resolved'),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const resolvedEntries = (await ticketHistory(db(), ticket.id)).filter(
      (entry) => entry.kind === 'status_changed',
    );
    expect(resolvedEntries).toHaveLength(1);
  });

  it('lets staff close from any open status, and customers close their own tickets', async () => {
    const ticket = await newTicket();
    const customer = await sessionFor(testApp.context, 'customer', { clientId });
    const closed = expectStatus<TicketBody>(
      await api.close(customer, ticket.id, { reason: 'sorted it myself' }),
      200,
    );
    expect(closed).toMatchObject({ status: 'closed', allowedTransitions: [] });
    const again = await api.close(customer, ticket.id);
    expect(again.statusCode).toBe(409);
    const [entry] = (await ticketHistory(db(), ticket.id)).filter((row) => row.kind === 'status_changed');
    expect(entry).toMatchObject({
      actorUserId: customer.userId,
      data: { to: 'closed', reason: 'sorted it myself' },
    });
  });
});

describe('assignment', () => {
  it('assigns and unassigns with the reason in history, event and audit', async () => {
    const ticket = await newTicket();
    const assigned = expectStatus<TicketBody>(
      await api.assign(agent, ticket.id, agentEmployeeId, 'knows the product'),
      200,
    );
    expect(assigned).toMatchObject({ assignedTo: agentEmployeeId, version: ticket.version + 1 });
    const unassigned = expectStatus<TicketBody>(await api.assign(agent, ticket.id, null), 200);
    expect(unassigned.assignedTo).toBeNull();

    const history = (await ticketHistory(db(), ticket.id)).slice(1);
    expect(history.map((entry) => [entry.kind, entry.data.to, entry.data.reason])).toEqual([
      ['assigned', agentEmployeeId, 'knows the product'],
      ['unassigned', null, null],
    ]);
    const events = (await ticketDomainEvents(db(), ticket.id)).filter(
      (event) => event.type === 'ticket.assigned',
    );
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        from: null,
        to: agentEmployeeId,
        automatic: false,
        reason: 'knows the product',
      }),
      expect.objectContaining({ from: agentEmployeeId, to: null, automatic: false }),
    ]);
    expect((await ticketAudit(db(), ticket.id)).filter((entry) => entry.action === 'assign')).toHaveLength(2);
  });

  it('refuses unknown and departed employees and closed tickets', async () => {
    const ticket = await newTicket();
    const unknown = await api.assign(agent, ticket.id, 999_999);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('employee_not_found');
    const departed = await createEmployee(db(), { status: 'terminated' });
    expect((await api.assign(agent, ticket.id, departed.id)).json().code).toBe('employee_not_active');
    expectStatus(await api.status(agent, ticket.id, 'closed'), 200);
    expect((await api.assign(agent, ticket.id, agentEmployeeId)).json().code).toBe('ticket_closed');
    expect(expectStatus<TicketBody>(await api.get(agent, ticket.id), 200).assignedTo).toBeNull();
  });
});

describe('the engine contract', () => {
  type Call = { method: string; before?: Partial<TicketRow>; after?: Partial<TicketRow> };

  /** The stand-in engine, recording what the ticket service asks of it. */
  function recordingEngine() {
    const basic = createBasicTicketEngine();
    const calls: Call[] = [];
    const engine: TicketEngine = {
      async startTicket(executor, request) {
        calls.push({ method: 'startTicket' });
        return basic.startTicket(executor, request);
      },
      async routeNew(executor, ticket, actor, opening) {
        calls.push({ method: 'routeNew', after: { id: ticket.id } });
        return basic.routeNew(executor, ticket, actor, opening);
      },
      async assign(executor, ticket, employeeId, actor, reason) {
        calls.push({ method: 'assign', after: { assignedTo: employeeId } });
        return basic.assign(executor, ticket, employeeId, actor, reason);
      },
      async afterChange(executor, before, after, actor) {
        const pick = (row: TicketRow) => ({
          status: row.status,
          priority: row.priority,
          firstRespondedAt: row.firstRespondedAt,
          resolvedAt: row.resolvedAt,
          reopenCount: row.reopenCount,
        });
        calls.push({ method: 'afterChange', before: pick(before), after: pick(after) });
        return basic.afterChange(executor, before, after, actor);
      },
    };
    return { engine, calls };
  }

  it('starts (priority, SLA, queue) and routes on creation, and hears of every status and priority change', async () => {
    const { engine, calls } = recordingEngine();
    const deps = { db: db(), clock: () => new Date(), engine };
    const user = await createUser(db(), 'agent');
    const [employee] = await db()
      .insert(employees)
      .values({
        name: 'Engine Test',
        email: 'engine.test@staff.example',
        role: 'Support Engineer',
        department: 'Support',
        hireDate: '2024-01-01',
      })
      .returning();
    const actor: AuditActor = {
      user: { id: user.id, email: user.email, role: 'agent', clientId: null, sessionId: null },
      ipAddress: '127.0.0.1',
      requestId: 'test',
    };
    const tickets = createTicketService(deps);
    const workflow = createTicketWorkflowService(deps);

    const created = await tickets.createTicket(actor, {
      clientId,
      title: 'Engine',
      description: 'd',
      channel: 'api',
    });
    expect(calls.map((call) => call.method)).toEqual(['startTicket', 'routeNew']);

    calls.length = 0;
    await workflow.assign(actor, created.id, { employeeId: employee?.id as number });
    await tickets.updateTicket(actor, created.id, { title: 'Only the title' });
    await tickets.updateTicket(actor, created.id, { priority: 'urgent', priorityReason: 'VIP' });
    await workflow.changeStatus(actor, created.id, { status: 'pending' });
    await workflow.changeStatus(actor, created.id, { status: 'resolved' });
    await workflow.changeStatus(actor, created.id, { status: 'open' });
    expect(
      calls.map((call) => [call.method, call.before?.status, call.after?.status, call.after?.priority]),
    ).toEqual([
      ['assign', undefined, undefined, undefined],
      ['afterChange', 'new', 'new', 'urgent'],
      ['afterChange', 'new', 'pending', 'urgent'],
      ['afterChange', 'pending', 'resolved', 'urgent'],
      ['afterChange', 'resolved', 'open', 'urgent'],
    ]);
    expect(calls.at(-1)?.after).toMatchObject({ resolvedAt: null, reopenCount: 1 });

    calls.length = 0;
    const comments = createCommentService(deps);
    await comments.addComment(actor, created.id, { body: 'A note for the team', visibility: 'internal' });
    await comments.addComment(actor, created.id, { body: 'Looking into it', visibility: 'public' });
    await comments.addComment(actor, created.id, { body: 'Still looking', visibility: 'public' });
    // Only the first public reply is news to the SLA clocks.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.before?.firstRespondedAt).toBeNull();
    expect(calls[0]?.after?.firstRespondedAt).toBeInstanceOf(Date);
  });
});
