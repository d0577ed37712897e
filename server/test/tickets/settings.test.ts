import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/modules/identity/schema';
import { createAgentService } from '../../src/modules/tickets/agent.service';
import { rulesPriorityClassifier } from '../../src/modules/tickets/engine.service';
import { agentStates } from '../../src/modules/tickets/schema';
import { createEmployeeService } from '../../src/modules/workforce/employee.service';
import type { AppContext } from '../../src/platform/context';
import { queryRows } from '../../src/platform/db/database';
import { requester } from '../support/client-factories';
import { createClient, createEmployee, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createSkill } from '../support/workforce-factories';
import {
  agentState,
  changeTicket,
  createAgent,
  createQueue,
  engineFor,
  historyOf,
  loadCountersAndRecount,
  openTicket,
  systemActor,
  ticketById,
} from './engine-factories';

// The tickets service as it runs, with a real job runner (it schedules the SLA sweep).
let testApp: TestApp;
let context: AppContext;
let app: TestApp['app'];
let call: ReturnType<typeof requester>;
const sessions = {} as Record<'admin' | 'manager' | 'agent' | 'sales' | 'customer', Session>;
const db = () => context.database.db;

beforeAll(async () => {
  testApp = await buildTestApp({
    service: 'tickets',
    jobs: true,
    // The presence job would race the test that calls it directly.
    env: { TICKET_SLA_SWEEP_CRON: '*/2 * * * *', TICKET_AGENT_IDLE_MINUTES: '0' },
  });
  ({ app, context } = testApp);
  call = requester(app);
  const client = await createClient(db());
  for (const role of ['admin', 'manager', 'agent', 'sales', 'customer'] as const) {
    sessions[role] = await sessionFor(context, role, {
      clientId: role === 'customer' ? client.id : undefined,
    });
  }
});
afterAll(() => testApp.close());

const auditsOf = (resource: string, resourceId: number | string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.resource, resource), eq(auditLog.resourceId, String(resourceId))));

describe('queues', () => {
  it('lets managers create, change and delete queues, and agents only read them', async () => {
    const member = await createEmployee(db(), { name: 'Ada Agent' });
    const created = await call(sessions.manager, 'POST', '/api/tickets/queues', {
      name: 'Billing',
      strategy: 'least_loaded',
      memberEmployeeIds: [member.id],
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const queue = created.json();
    expect(queue).toMatchObject({
      name: 'Billing',
      strategy: 'least_loaded',
      memberEmployeeIds: [member.id],
      members: [{ employeeId: member.id, name: 'Ada Agent' }],
      waitingTickets: 0,
    });
    // Members get an agent state, offline until they say otherwise.
    expect(await agentState(db(), member.id)).toMatchObject({ availability: 'offline', activeTickets: 0 });
    expect(await auditsOf('ticket_queue', queue.id)).toHaveLength(1);

    expect((await call(sessions.agent, 'GET', '/api/tickets/queues')).json().items).toEqual([
      expect.objectContaining({ id: queue.id }),
    ]);
    expect((await call(sessions.agent, 'POST', '/api/tickets/queues', { name: 'Mine' })).statusCode).toBe(
      403,
    );
    expect((await call(sessions.sales, 'GET', '/api/tickets/queues')).statusCode).toBe(403);
    expect((await call(sessions.customer, 'GET', `/api/tickets/queues/${queue.id}`)).statusCode).toBe(403);

    const stale = await call(
      sessions.manager,
      'PATCH',
      `/api/tickets/queues/${queue.id}`,
      { strategy: 'round_robin' },
      { 'if-match': '"7"' },
    );
    expect(stale.statusCode).toBe(412);
    const changed = await call(
      sessions.manager,
      'PATCH',
      `/api/tickets/queues/${queue.id}`,
      { strategy: 'round_robin', memberEmployeeIds: [] },
      { 'if-match': '"1"' },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ strategy: 'round_robin', memberEmployeeIds: [], version: 2 });

    expect((await call(sessions.manager, 'DELETE', `/api/tickets/queues/${queue.id}`)).statusCode).toBe(204);
    expect((await call(sessions.manager, 'GET', `/api/tickets/queues/${queue.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with a clear problem and changes nothing', async () => {
    const blank = await call(sessions.admin, 'POST', '/api/tickets/queues', {
      name: '  ',
      strategy: 'random',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.headers['content-type']).toContain('application/problem+json');
    expect(
      blank
        .json()
        .errors.map((error: { parameter: string }) => error.parameter)
        .sort(),
    ).toEqual(['body.name', 'body.strategy']);
    const unknown = await call(sessions.admin, 'POST', '/api/tickets/queues', {
      name: 'Ghosts',
      memberEmployeeIds: [424_242],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'employee_not_found' });
    const noDepartment = await call(sessions.admin, 'POST', '/api/tickets/queues', {
      name: 'Ghosts',
      departmentId: 424_242,
    });
    expect(noDepartment.json()).toMatchObject({ code: 'department_not_found', status: 422 });
    await call(sessions.admin, 'POST', '/api/tickets/queues', { name: 'Returns' });
    const twice = await call(sessions.admin, 'POST', '/api/tickets/queues', { name: 'returns' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('queue_name_taken');
    const [count] = await queryRows<{ total: number }>(
      db(),
      sql`select count(*)::int as total from ticket_queues where name = 'Ghosts'`,
    );
    expect(count?.total).toBe(0);
  });

  it('keeps a queue that categories route to or tickets are worked in (409), naming what uses it', async () => {
    const queue = (await call(sessions.admin, 'POST', '/api/tickets/queues', { name: 'Shipping' })).json();
    await call(sessions.admin, 'POST', '/api/tickets/categories', { name: 'Lost parcel', queueId: queue.id });
    const refused = await call(sessions.admin, 'DELETE', `/api/tickets/queues/${queue.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'queue_in_use', categories: ['Lost parcel'] });
    expect(refused.json().detail).toContain('Lost parcel');
  });

  it('hands the waiting tickets of a queue to an online member who joins it', async () => {
    const queue = (await call(sessions.admin, 'POST', '/api/tickets/queues', { name: 'Warranty' })).json();
    const client = await createClient(db());
    const waiting = await openTicket(db(), engineFor(db()), { clientId: client.id, queueId: queue.id });
    expect(waiting.assignedTo).toBeNull();
    const agent = await createAgent(db(), { availability: 'online' });

    const joined = await call(sessions.admin, 'PATCH', `/api/tickets/queues/${queue.id}`, {
      memberEmployeeIds: [agent.id],
    });

    expect(joined.json()).toMatchObject({ waitingTickets: 0 });
    expect((await ticketById(db(), waiting.id)).assignedTo).toBe(agent.id);
  });
});

describe('categories', () => {
  it('shows customers only names, and staff the routing behind them', async () => {
    const skill = await createSkill(db(), { name: 'Invoices' });
    const queue = (await call(sessions.admin, 'POST', '/api/tickets/queues', { name: 'Accounts' })).json();
    const created = await call(sessions.manager, 'POST', '/api/tickets/categories', {
      name: 'Invoice question',
      queueId: queue.id,
      skillId: skill.id,
      minSkillLevel: 3,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ queueName: 'Accounts', skillName: 'Invoices', minSkillLevel: 3 });

    const portal = (await call(sessions.customer, 'GET', '/api/tickets/categories?q=invoice')).json().items;
    expect(portal).toEqual([{ id: created.json().id, name: 'Invoice question' }]);
    const staff = (await call(sessions.agent, 'GET', '/api/tickets/categories?q=invoice')).json().items;
    expect(staff[0]).toMatchObject({ queueId: queue.id, skillId: skill.id });
    expect(
      (await call(sessions.customer, 'POST', '/api/tickets/categories', { name: 'Mine' })).statusCode,
    ).toBe(403);
  });

  it('checks the queue and skill exist, and keeps a category tickets are filed under', async () => {
    const noSkill = await call(sessions.admin, 'POST', '/api/tickets/categories', {
      name: 'Odd',
      skillId: 999_999,
    });
    expect(noSkill.json()).toMatchObject({ status: 422, code: 'skill_not_found' });
    const noQueue = await call(sessions.admin, 'POST', '/api/tickets/categories', {
      name: 'Odd',
      queueId: 999_999,
    });
    expect(noQueue.json()).toMatchObject({ status: 422, code: 'queue_not_found' });
    const level = await call(sessions.admin, 'POST', '/api/tickets/categories', {
      name: 'Odd',
      minSkillLevel: 9,
    });
    expect(level.statusCode).toBe(400);

    const category = (
      await call(sessions.admin, 'POST', '/api/tickets/categories', { name: 'Refunds' })
    ).json();
    const client = await createClient(db());
    await openTicket(db(), engineFor(db()), { clientId: client.id, categoryId: category.id });
    const refused = await call(sessions.admin, 'DELETE', `/api/tickets/categories/${category.id}`);
    expect(refused.json()).toMatchObject({ status: 409, code: 'category_in_use' });
    const renamed = await call(sessions.admin, 'PATCH', `/api/tickets/categories/${category.id}`, {
      name: 'Refund requests',
    });
    expect(renamed.json()).toMatchObject({ name: 'Refund requests', version: 2 });
  });
});

describe('agents', () => {
  it('lets an agent set their own availability, and a manager their capacity', async () => {
    const linked = await sessionFor(context, 'agent');
    const employee = await createEmployee(db(), { name: 'Zed Linked', userId: linked.userId });
    const queue = (
      await call(sessions.admin, 'POST', '/api/tickets/queues', {
        name: 'Linked team',
        memberEmployeeIds: [employee.id],
      })
    ).json();

    const online = await call(linked, 'PUT', '/api/tickets/agents/me/availability', {
      availability: 'online',
    });
    expect(online.statusCode).toBe(200);
    expect(online.json()).toMatchObject({
      employeeId: employee.id,
      availability: 'online',
      queues: [{ id: queue.id, name: 'Linked team' }],
    });
    const unlinked = await call(sessions.agent, 'PUT', '/api/tickets/agents/me/availability', {
      availability: 'online',
    });
    expect(unlinked.json()).toMatchObject({ status: 409, code: 'not_an_agent' });
    const mine = await call(linked, 'GET', '/api/tickets/agents/me');
    expect(mine.json()).toMatchObject({
      employeeId: employee.id,
      availability: 'online',
      name: 'Zed Linked',
    });
    expect((await call(sessions.agent, 'GET', '/api/tickets/agents/me')).json()).toMatchObject({
      status: 409,
      code: 'not_an_agent',
    });
    expect(
      (await call(linked, 'PUT', '/api/tickets/agents/me/availability', { availability: 'busy' })).statusCode,
    ).toBe(400);

    expect(
      (await call(linked, 'PATCH', `/api/tickets/agents/${employee.id}`, { capacity: 50 })).statusCode,
    ).toBe(403);
    const capped = await call(sessions.manager, 'PATCH', `/api/tickets/agents/${employee.id}`, {
      capacity: 5,
    });
    expect(capped.json()).toMatchObject({ capacity: 5, availability: 'online' });
    expect(
      (await call(sessions.manager, 'PATCH', '/api/tickets/agents/999999', { capacity: 5 })).statusCode,
    ).toBe(404);
    expect((await call(sessions.manager, 'PATCH', `/api/tickets/agents/${employee.id}`, {})).statusCode).toBe(
      400,
    );

    const listed = (await call(sessions.agent, 'GET', '/api/tickets/agents')).json().items;
    expect(listed).toContainEqual(
      expect.objectContaining({ employeeId: employee.id, name: 'Zed Linked', capacity: 5, activeTickets: 0 }),
    );
    expect(await auditsOf('ticket_agent', employee.id)).toHaveLength(2);
  });

  it('pages through agents by name', async () => {
    const first = (await call(sessions.agent, 'GET', '/api/tickets/agents?limit=1')).json();
    expect(first.items).toHaveLength(1);
    const second = (
      await call(sessions.agent, 'GET', `/api/tickets/agents?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].name >= first.items[0].name).toBe(true);
    expect(second.items[0].employeeId).not.toBe(first.items[0].employeeId);
    expect((await call(sessions.agent, 'GET', '/api/tickets/agents?cursor=nonsense')).json().code).toBe(
      'invalid_cursor',
    );
  });
});

describe('SLA policies and calendars', () => {
  const berlinWeek = Object.fromEntries(
    ['1', '2', '3', '4', '5'].map((day) => [day, [{ start: 540, end: 1020 }]]),
  );

  it('validates calendars: zone, hours and holidays', async () => {
    const zone = await call(sessions.admin, 'POST', '/api/tickets/calendars', {
      name: 'Mars',
      timeZone: 'Mars/Olympus',
      week: berlinWeek,
    });
    expect(zone.json()).toMatchObject({ status: 422, code: 'invalid_calendar' });
    expect(zone.json().detail).toContain('unknown time zone');
    const overlap = await call(sessions.admin, 'POST', '/api/tickets/calendars', {
      name: 'Overlap',
      timeZone: 'UTC',
      week: {
        '1': [
          { start: 540, end: 720 },
          { start: 700, end: 800 },
        ],
      },
    });
    expect(overlap.json()).toMatchObject({ status: 422, code: 'invalid_calendar' });
    const empty = await call(sessions.admin, 'POST', '/api/tickets/calendars', {
      name: 'Never',
      timeZone: 'UTC',
      week: {},
    });
    expect(empty.json().detail).toContain('no opening hours');
    const twice = await call(sessions.admin, 'POST', '/api/tickets/calendars', {
      name: 'Twice',
      timeZone: 'UTC',
      week: berlinWeek,
      holidays: [
        { day: '2026-12-25', name: 'Christmas' },
        { day: '2026-12-25', name: 'Again' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const badDay = await call(sessions.admin, 'POST', '/api/tickets/calendars', {
      name: 'Days',
      timeZone: 'UTC',
      week: { '8': [] },
    });
    expect(badDay.statusCode).toBe(400);
    expect((await call(sessions.agent, 'GET', '/api/tickets/calendars')).statusCode).toBe(200);
    expect(
      (
        await call(sessions.agent, 'POST', '/api/tickets/calendars', {
          name: 'A',
          timeZone: 'UTC',
          week: berlinWeek,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('creates policies that cannot overlap, and moves running deadlines when the calendar gets a holiday', async () => {
    const calendar = (
      await call(sessions.admin, 'POST', '/api/tickets/calendars', {
        name: 'Berlin',
        timeZone: 'Europe/Berlin',
        week: berlinWeek,
      })
    ).json();
    expect(calendar).toMatchObject({ timeZone: 'Europe/Berlin', holidays: [], version: 1 });
    const created = await call(sessions.manager, 'POST', '/api/tickets/sla-policies', {
      name: 'Gold urgent',
      priority: 'urgent',
      clientTier: 'gold',
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      warnShare: 0.8,
      calendarId: calendar.id,
      onBreach: ['notify_manager', 'reassign'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ warnShare: 0.8, calendarName: 'Berlin', onWarning: [] });

    const overlapping = await call(sessions.manager, 'POST', '/api/tickets/sla-policies', {
      name: 'Another',
      priority: 'urgent',
      clientTier: 'gold',
      firstResponseMinutes: 30,
      resolutionMinutes: 60,
    });
    expect(overlapping.json()).toMatchObject({ status: 409, code: 'sla_policy_conflict' });
    expect(overlapping.json().detail).toContain('Gold urgent');
    const backwards = await call(sessions.manager, 'POST', '/api/tickets/sla-policies', {
      name: 'Backwards',
      firstResponseMinutes: 120,
      resolutionMinutes: 60,
    });
    expect(backwards.json()).toMatchObject({ status: 422, code: 'invalid_sla_targets' });
    const share = await call(sessions.manager, 'POST', '/api/tickets/sla-policies', {
      name: 'Share',
      firstResponseMinutes: 60,
      resolutionMinutes: 60,
      warnShare: 1.5,
      onWarning: ['notify_manager', 'notify_manager'],
    });
    expect(share.statusCode).toBe(400);
    const noCalendar = await call(sessions.manager, 'POST', '/api/tickets/sla-policies', {
      name: 'Lost',
      firstResponseMinutes: 60,
      resolutionMinutes: 60,
      calendarId: 99_999,
    });
    expect(noCalendar.json()).toMatchObject({ status: 422, code: 'calendar_not_found' });

    // A ticket opened on Friday 27 November 2026 at 16:00 in Berlin: one hour on Friday, seven on Monday …
    const gold = await createClient(db(), { tier: 'gold' });
    const ticket = await openTicket(db(), engineFor(db()), {
      clientId: gold.id,
      clientTier: 'gold',
      priority: 'urgent',
      createdAt: new Date('2026-11-27T15:00:00Z'),
    });
    expect(ticket.resolutionDueAt).toEqual(new Date('2026-11-30T15:00:00Z'));
    // … until Monday becomes a holiday: then Tuesday.
    const holiday = await call(
      sessions.manager,
      'PATCH',
      `/api/tickets/calendars/${calendar.id}`,
      { holidays: [{ day: '2026-11-30', name: 'Office closed' }] },
      { 'if-match': '"1"' },
    );
    expect(holiday.json()).toMatchObject({
      holidays: [{ day: '2026-11-30', name: 'Office closed' }],
      version: 2,
    });
    expect((await ticketById(db(), ticket.id)).resolutionDueAt).toEqual(new Date('2026-12-01T15:00:00Z'));

    const inUse = await call(sessions.manager, 'DELETE', `/api/tickets/calendars/${calendar.id}`);
    expect(inUse.json()).toMatchObject({ status: 409, code: 'calendar_in_use', policies: ['Gold urgent'] });
    const policyInUse = await call(
      sessions.manager,
      'DELETE',
      `/api/tickets/sla-policies/${created.json().id}`,
    );
    expect(policyInUse.json()).toMatchObject({ status: 409, code: 'sla_policy_in_use' });
    expect((await call(sessions.agent, 'GET', '/api/tickets/sla-policies')).json().items).toContainEqual(
      expect.objectContaining({ name: 'Gold urgent' }),
    );
    expect(
      (
        await call(sessions.agent, 'PATCH', `/api/tickets/sla-policies/${created.json().id}`, {
          warnShare: 0.5,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('support settings', () => {
  it('starts from the default rules, saves new ones with If-Match, and classifies new tickets by them', async () => {
    const defaults = await call(sessions.agent, 'GET', '/api/tickets/settings');
    expect(defaults.json()).toMatchObject({
      version: 0,
      reopenWindowHours: 168,
      priorityRules: { fallback: 'medium' },
    });
    expect(defaults.headers.etag).toBe('"0"');

    const rules = {
      fallback: 'low',
      keywords: [{ words: ['invoice'], priority: 'high' }],
      tiers: { platinum: 'urgent' },
      orderValues: [{ atLeast: '500.00', priority: 'medium' }],
      channels: { phone: 'medium' },
    };
    expect(
      (
        await call(sessions.agent, 'PUT', '/api/tickets/settings', {
          priorityRules: rules,
          reopenWindowHours: 24,
        })
      ).statusCode,
    ).toBe(403);
    const saved = await call(
      sessions.manager,
      'PUT',
      '/api/tickets/settings',
      { priorityRules: rules, reopenWindowHours: 24 },
      { 'if-match': '"0"' },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, reopenWindowHours: 24, priorityRules: rules });
    const stale = await call(
      sessions.manager,
      'PUT',
      '/api/tickets/settings',
      { priorityRules: rules, reopenWindowHours: 48 },
      { 'if-match': '"0"' },
    );
    expect(stale.statusCode).toBe(412);
    const invalid = await call(sessions.manager, 'PUT', '/api/tickets/settings', {
      priorityRules: { ...rules, fallback: 'critical', orderValues: [{ atLeast: 'lots', priority: 'high' }] },
      reopenWindowHours: -1,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.length).toBeGreaterThanOrEqual(3);

    const verdict = await rulesPriorityClassifier.classify(db(), {
      title: 'Invoice is wrong',
      description: '',
      channel: 'portal',
      clientTier: null,
      orderTotal: null,
    });
    expect(verdict).toMatchObject({ priority: 'high', source: 'rules' });
    expect(await auditsOf('ticket_settings', 1)).toHaveLength(1);
  });
});

describe('the SLA sweep schedule', () => {
  it('is scheduled once across instances with the cron from TICKET_SLA_SWEEP_CRON', async () => {
    const schedules = await queryRows<{ name: string; cron: string }>(
      db(),
      sql`select name, cron from pgboss.schedule where name = 'tickets.sla-sweep'`,
    );
    expect(schedules).toEqual([{ name: 'tickets.sla-sweep', cron: '*/2 * * * *' }]);
  });
});

describe('agents who leave', () => {
  // Workforce changes the status in its own service; the tickets service hears of it through the event.
  const changeStatus = (employeeId: number, status: 'on_leave' | 'terminated') =>
    createEmployeeService({ db: db() }).changeStatus(systemActor, employeeId, { status });
  const assigneeOf = async (ticketId: number) => (await ticketById(db(), ticketId)).assignedTo;

  it('go offline on leave and hand every open ticket on, answered or not; they cannot come back online', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const leaver = await createAgent(db(), { queueIds: [queue.id], name: 'Lea Leaving' });
    const client = await createClient(db());
    const engine = engineFor(db());
    const unanswered = await openTicket(db(), engine, { clientId: client.id, queueId: queue.id });
    const answered = await openTicket(db(), engine, { clientId: client.id, queueId: queue.id });
    await changeTicket(db(), engine, answered.id, { firstRespondedAt: new Date(), status: 'pending' });
    expect([unanswered.assignedTo, answered.assignedTo]).toEqual([leaver.id, leaver.id]);
    const colleague = await createAgent(db(), { queueIds: [queue.id] });

    await changeStatus(leaver.id, 'on_leave');

    await expect.poll(() => assigneeOf(unanswered.id), { timeout: 15_000 }).toBe(colleague.id);
    await expect.poll(() => assigneeOf(answered.id), { timeout: 15_000 }).toBe(colleague.id);
    expect((await historyOf(db(), answered.id)).at(-1)?.data).toMatchObject({
      from: leaver.id,
      to: colleague.id,
      reason: expect.stringContaining('Lea Leaving is on leave'),
    });
    expect(await agentState(db(), leaver.id)).toMatchObject({ availability: 'offline', activeTickets: 0 });
    const { counters, recount } = await loadCountersAndRecount(db());
    expect(counters).toEqual(recount);

    const back = await call(sessions.admin, 'PATCH', `/api/tickets/agents/${leaver.id}`, {
      availability: 'online',
    });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ code: 'agent_not_active' });
  });

  it('send the tickets of someone who left back to wait when nobody else can take them', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const leaver = await createAgent(db(), { queueIds: [queue.id] });
    const client = await createClient(db());
    const ticket = await openTicket(db(), engineFor(db()), { clientId: client.id, queueId: queue.id });
    expect(ticket.assignedTo).toBe(leaver.id);

    await changeStatus(leaver.id, 'terminated');

    await expect.poll(() => assigneeOf(ticket.id), { timeout: 15_000 }).toBeNull();
    expect((await historyOf(db(), ticket.id)).at(-1)).toMatchObject({
      kind: 'unassigned',
      data: { reason: expect.stringContaining('no longer works here') },
    });
  });

  it('keep their tickets when the news comes after they are back at work', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const back = await createAgent(db(), { queueIds: [queue.id] });
    const client = await createClient(db());
    const ticket = await openTicket(db(), engineFor(db()), { clientId: client.id, queueId: queue.id });
    const agents = createAgentService({ db: db(), clock: () => new Date() });

    // A retried on_leave event, handled after the employee was made active again.
    expect(await agents.handOverLeaver(systemActor, back.id, 'on_leave')).toBeNull();

    expect(await agentState(db(), back.id)).toMatchObject({ availability: 'online', activeTickets: 1 });
    expect((await ticketById(db(), ticket.id)).assignedTo).toBe(back.id);
  });

  it('leave no trace in support for an employee who never worked tickets', async () => {
    const bystander = await createEmployee(db(), { name: 'Not Support' });
    const agents = createAgentService({ db: db(), clock: () => new Date() });

    expect(await agents.handOverLeaver(systemActor, bystander.id, 'on_leave')).toBeNull();

    const listed = await call(sessions.admin, 'GET', '/api/tickets/agents?limit=100');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((item: { employeeId: number }) => item.employeeId)).not.toContain(
      bystander.id,
    );
    await expect(agentState(db(), bystander.id)).rejects.toThrow('no agent state');
  });
});

describe('agents whose app was closed', () => {
  it('go offline once their app has not been heard from for the idle time, handing on what they have not answered', async () => {
    const goneSession = await sessionFor(context, 'agent');
    const gone = await createEmployee(db(), { name: 'Gus Gone', userId: goneSession.userId });
    const hereSession = await sessionFor(context, 'agent');
    const here = await createEmployee(db(), { name: 'Hal Here', userId: hereSession.userId });
    const queue = (
      await call(sessions.admin, 'POST', '/api/tickets/queues', {
        name: 'Presence team',
        strategy: 'round_robin',
        memberEmployeeIds: [gone.id, here.id],
      })
    ).json();
    expect(
      (await call(goneSession, 'PUT', '/api/tickets/agents/me/availability', { availability: 'online' }))
        .statusCode,
    ).toBe(200);
    const client = await createClient(db());
    const engine = engineFor(db());
    const unanswered = await openTicket(db(), engine, { clientId: client.id, queueId: queue.id });
    const answered = await openTicket(db(), engine, { clientId: client.id, queueId: queue.id });
    await changeTicket(db(), engine, answered.id, { firstRespondedAt: new Date(), status: 'open' });
    expect([unanswered.assignedTo, answered.assignedTo]).toEqual([gone.id, gone.id]);
    // Set online by a manager, never by their own app: left alone.
    const managed = await createAgent(db(), { queueIds: [queue.id] });
    await call(hereSession, 'PUT', '/api/tickets/agents/me/availability', { availability: 'online' });

    // Hal's app keeps saying it is open; Gus closed his twenty minutes ago.
    const presence = await call(hereSession, 'POST', '/api/tickets/agents/me/presence');
    expect(presence.statusCode).toBe(204);
    await db()
      .update(agentStates)
      .set({ lastSeenAt: new Date(Date.now() - 20 * 60_000) })
      .where(eq(agentStates.employeeId, gone.id));

    const agents = createAgentService({ db: db(), clock: () => new Date() });
    expect(await agents.sendUnseenAgentsOffline(systemActor, 15)).toBe(1);

    expect(await agentState(db(), gone.id)).toMatchObject({ availability: 'offline', activeTickets: 1 });
    expect(await agentState(db(), here.id)).toMatchObject({ availability: 'online' });
    expect(await agentState(db(), managed.id)).toMatchObject({ availability: 'online' });
    expect((await ticketById(db(), unanswered.id)).assignedTo).not.toBe(gone.id);
    expect((await historyOf(db(), unanswered.id)).at(-1)?.data).toMatchObject({
      from: gone.id,
      reason: expect.stringContaining('Gus Gone had not had the app open for 15 minutes'),
    });
    expect((await ticketById(db(), answered.id)).assignedTo).toBe(gone.id);
    expect(await agents.sendUnseenAgentsOffline(systemActor, 15)).toBe(0);

    // A manager putting Gus back online is not his app speaking: he stays online until it does.
    const putBack = await call(sessions.manager, 'PATCH', `/api/tickets/agents/${gone.id}`, {
      availability: 'online',
    });
    expect(putBack.json()).toMatchObject({ availability: 'online', lastSeenAt: null });
    expect(await agents.sendUnseenAgentsOffline(systemActor, 15)).toBe(0);

    const listed = await call(sessions.manager, 'GET', '/api/tickets/agents?limit=100');
    const hal = listed.json().items.find((item: { employeeId: number }) => item.employeeId === here.id);
    expect(Date.parse(hal.lastSeenAt)).toBeGreaterThan(Date.now() - 60_000);
    const stranger = await call(sessions.agent, 'POST', '/api/tickets/agents/me/presence');
    expect(stranger.json()).toMatchObject({ status: 409, code: 'not_an_agent' });
  });
});
