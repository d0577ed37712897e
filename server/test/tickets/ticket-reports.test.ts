import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketCategories, ticketSurveys } from '../../src/modules/tickets/schema';
import { heavyQueryRunner } from '../../src/platform/db/heavy-query';
import { createClient, createTicket, type Session, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createDepartment, createStaffMember } from '../support/workforce-factories';

// Tickets are inserted with known instants and business times; "now" is fixed at the end of March 2025.
const now = new Date('2025-03-31T12:00:00Z');
const minute = 60_000;
const at = (iso: string) => new Date(iso);
const plus = (instant: string, minutes: number) => new Date(at(instant).getTime() + minutes * minute);

let testApp: TestApp;
let app: FastifyInstance;
let manager: Session;
let agent: Session;
const ids = {} as Record<'ada' | 'bob' | 'tier1' | 'tier2' | 'acme' | 'beta' | 'billing' | 't1', number>;

/** SLA clocks with these targets (minutes); only the targets matter to the reports. */
function slaClocks(firstResponseMinutes: number, resolutionMinutes: number) {
  const clock = (targetMinutes: number) => ({
    targetMs: targetMinutes * minute,
    elapsedMs: 0,
    runningSince: null,
    completedAt: null,
  });
  return { firstResponse: clock(firstResponseMinutes), resolution: clock(resolutionMinutes) };
}

beforeAll(async () => {
  // One heavy report at a time, and a turn waited for 1 s at most, so the limiter's answer can be seen.
  testApp = await buildTestApp({
    service: 'tickets',
    clock: () => now,
    env: { REPORT_CONCURRENCY: '1', REPORT_STATEMENT_TIMEOUT_MS: '1000' },
  });
  app = testApp.app;
  const { db } = testApp.context.database;

  const tier1 = await createDepartment(db, { name: 'Tier 1' });
  const tier2 = await createDepartment(db, { name: 'Tier 2' });
  ids.ada = (await createStaffMember(db, tier1, { name: 'Ada Lovelace' })).id;
  ids.bob = (await createStaffMember(db, tier2, { name: 'Bob Page' })).id;
  ids.tier1 = tier1.id;
  ids.tier2 = tier2.id;
  ids.acme = (await createClient(db, { companyName: 'Acme' })).id;
  ids.beta = (await createClient(db, { companyName: 'Beta' })).id;
  const [billing] = await db.insert(ticketCategories).values({ name: 'Billing' }).returning();
  ids.billing = billing?.id ?? 0;

  // T1: answered in 10 min (10 business), resolved in 2 h (120 business), within both targets; rated 5.
  const t1 = await createTicket(db, {
    clientId: ids.acme,
    assignedTo: ids.ada,
    categoryId: ids.billing,
    priority: 'high',
    channel: 'email',
    status: 'resolved',
    createdAt: at('2025-03-02T09:00:00Z'),
    firstRespondedAt: plus('2025-03-02T09:00:00Z', 10),
    firstResponseBusinessMs: 10 * minute,
    resolvedAt: plus('2025-03-02T09:00:00Z', 120),
    resolutionBusinessMs: 120 * minute,
    slaClocks: slaClocks(30, 240),
  });
  ids.t1 = t1.id;
  await db.insert(ticketSurveys).values({
    ticketId: t1.id,
    tokenHash: 'a'.repeat(64),
    expiresAt: at('2025-04-30T00:00:00Z'),
    score: 5,
    answeredAt: at('2025-03-03T09:00:00Z'),
  });
  // T2: answered in 20 min (15 business), resolved after 10 h (300 business) past its target, reopened
  // once; rated 1 the first time and 3 the second (the latest counts).
  const t2 = await createTicket(db, {
    clientId: ids.acme,
    assignedTo: ids.ada,
    categoryId: ids.billing,
    priority: 'medium',
    channel: 'portal',
    status: 'closed',
    createdAt: at('2025-03-03T10:00:00Z'),
    firstRespondedAt: plus('2025-03-03T10:00:00Z', 20),
    firstResponseBusinessMs: 15 * minute,
    resolvedAt: plus('2025-03-03T10:00:00Z', 600),
    resolutionBusinessMs: 300 * minute,
    slaCheck: { resolutionBreachedAt: plus('2025-03-03T10:00:00Z', 400) },
    reopenCount: 1,
    slaClocks: slaClocks(30, 240),
  });
  await db.insert(ticketSurveys).values([
    {
      ticketId: t2.id,
      tokenHash: 'b'.repeat(64),
      expiresAt: at('2025-04-30T00:00:00Z'),
      score: 1,
      answeredAt: at('2025-03-03T15:00:00Z'),
      createdAt: at('2025-03-03T14:00:00Z'),
    },
    {
      ticketId: t2.id,
      tokenHash: 'c'.repeat(64),
      expiresAt: at('2025-04-30T00:00:00Z'),
      score: 3,
      answeredAt: at('2025-03-04T09:00:00Z'),
      createdAt: at('2025-03-03T20:00:00Z'),
    },
  ]);
  // T3: answered after 40 business minutes against a 30 minute target, before the sweep flagged it (no
  // breach recorded: still a miss); resolved in a day (480 business, within 600); survey not answered.
  const t3 = await createTicket(db, {
    clientId: ids.beta,
    assignedTo: ids.bob,
    priority: 'low',
    channel: 'phone',
    status: 'resolved',
    createdAt: at('2025-03-10T08:00:00Z'),
    firstRespondedAt: plus('2025-03-10T08:00:00Z', 40),
    firstResponseBusinessMs: 40 * minute,
    resolvedAt: plus('2025-03-10T08:00:00Z', 1440),
    resolutionBusinessMs: 480 * minute,
    slaClocks: slaClocks(30, 600),
  });
  await db.insert(ticketSurveys).values({
    ticketId: t3.id,
    tokenHash: 'd'.repeat(64),
    expiresAt: at('2025-04-30T00:00:00Z'),
  });
  // T4: unanswered and past its first-response target: a miss already; open, 11 days old.
  await createTicket(db, {
    clientId: ids.beta,
    priority: 'urgent',
    channel: 'chat',
    status: 'open',
    createdAt: at('2025-03-20T12:00:00Z'),
    slaCheck: { firstResponseBreachedAt: at('2025-03-20T13:00:00Z') },
    slaClocks: slaClocks(60, 480),
  });
  // T5: new, no SLA, 18 hours old.
  await createTicket(db, {
    clientId: ids.acme,
    assignedTo: ids.bob,
    priority: 'medium',
    channel: 'email',
    status: 'new',
    createdAt: at('2025-03-30T18:00:00Z'),
  });
  // T6: opened in February, resolved in March after 23 days, no SLA (no business time).
  await createTicket(db, {
    clientId: ids.acme,
    assignedTo: ids.ada,
    priority: 'low',
    channel: 'email',
    status: 'resolved',
    createdAt: at('2025-02-10T10:00:00Z'),
    firstRespondedAt: at('2025-02-10T11:00:00Z'),
    resolvedAt: at('2025-03-05T10:00:00Z'),
  });
  // T7: waiting on the customer, answered in an hour, no SLA; 60 hours old.
  await createTicket(db, {
    clientId: ids.beta,
    assignedTo: ids.bob,
    priority: 'high',
    channel: 'portal',
    status: 'pending',
    createdAt: at('2025-03-29T00:00:00Z'),
    firstRespondedAt: plus('2025-03-29T00:00:00Z', 60),
  });
  // T8: a duplicate merged into T1: counted as opened, measured nowhere.
  await createTicket(db, {
    clientId: ids.acme,
    priority: 'high',
    channel: 'email',
    status: 'closed',
    createdAt: at('2025-03-02T09:05:00Z'),
    mergedIntoId: t1.id,
    closedAt: at('2025-03-02T09:30:00Z'),
    slaClocks: slaClocks(30, 240),
    slaCheck: { firstResponseBreachedAt: at('2025-03-02T09:35:00Z') },
  });
  // T9: opened after the period (still in today's backlog).
  await createTicket(db, {
    clientId: ids.beta,
    priority: 'low',
    channel: 'api',
    status: 'open',
    createdAt: at('2025-03-31T06:00:00Z'),
  });
  // T10: answered exactly on target, resolved on the 15th, then reopened and open again: not resolved.
  await createTicket(db, {
    clientId: ids.acme,
    assignedTo: ids.ada,
    priority: 'medium',
    channel: 'portal',
    status: 'open',
    createdAt: at('2025-03-14T10:00:00Z'),
    firstRespondedAt: plus('2025-03-14T10:00:00Z', 30),
    firstResponseBusinessMs: 30 * minute,
    resolvedAt: at('2025-03-15T10:00:00Z'),
    reopenCount: 1,
    slaClocks: slaClocks(30, 240),
  });
  // T11: on hold since January.
  await createTicket(db, {
    clientId: ids.beta,
    priority: 'high',
    channel: 'email',
    status: 'on_hold',
    createdAt: at('2025-01-01T00:00:00Z'),
  });
  // T12: on hold, 5 days old.
  await createTicket(db, {
    clientId: ids.beta,
    assignedTo: ids.ada,
    priority: 'low',
    channel: 'phone',
    status: 'on_hold',
    createdAt: at('2025-03-26T12:00:00Z'),
  });

  manager = await sessionFor(testApp.context, 'manager');
  agent = await sessionFor(testApp.context, 'agent');
});
afterAll(async () => {
  if (app !== testApp.app) await app.close();
  await testApp.close();
});

const get = (url: string, session?: Session) =>
  app.inject({ method: 'GET', url, headers: session?.headers ?? {} });

async function report(url: string, session: Session = manager) {
  const response = await get(url, session);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const march = 'from=2025-03-01&to=2025-03-31';
const duration = (count: number, median: number | null, average: number | null, p90: number | null) => ({
  count,
  median,
  average,
  p90,
});

describe('GET /api/tickets/reports/summary', () => {
  it('measures first response on tickets opened and resolution on tickets resolved in the period', async () => {
    const body = await report(`/api/tickets/reports/summary?${march}`);
    expect(body.from).toBe('2025-03-01T00:00:00.000Z');
    expect(body.to).toBe('2025-03-31T00:00:00.000Z');
    expect(body.totals).toEqual({
      created: 9,
      resolved: 3 + 1,
      // Wall: 10, 20, 30, 40, 60 min; business: 10, 15, 30, 40 (T7 has no SLA clock).
      firstResponse: { wall: duration(5, 30, 32, 52), business: duration(4, 22.5, 23.75, 37) },
      // Wall: 120, 600, 1440 and 33120 min (23 days); business: 120, 300, 480.
      resolution: { wall: duration(4, 1020, 8820, 23616), business: duration(3, 300, 300, 444) },
      sla: {
        // T1, T2 and T10 (on target) met; T3 late without a recorded breach, T4 unanswered and past due.
        firstResponse: { met: 3, total: 5, rate: 0.6 },
        // T1 and T3 met; T2 breached.
        resolution: { met: 2, total: 3, rate: 0.6667 },
      },
      reopen: { reopened: 1, rate: 0.25 },
      csat: { average: 4, count: 2 },
      backlog: 7,
    });
  });

  it('defaults to the 30 days before now, and reads bare days as midnight in `tz`', async () => {
    const defaults = await report('/api/tickets/reports/summary');
    expect(defaults.from).toBe('2025-03-01T12:00:00.000Z');
    expect(defaults.to).toBe(now.toISOString());
    // T9, opened this morning, is in this window.
    expect(defaults.totals.created).toBe(10);

    const tokyo = await report('/api/tickets/reports/summary?from=2025-03-03&to=2025-03-04&tz=Asia/Tokyo');
    expect(tokyo.from).toBe('2025-03-02T15:00:00.000Z');
    expect(tokyo.to).toBe('2025-03-03T15:00:00.000Z');
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    expect(tokyo.totals.created).toBe(1);
  });

  it('answers zeros and nulls for a period with no tickets', async () => {
    const body = await report('/api/tickets/reports/summary?from=2024-01-01&to=2024-02-01');
    expect(body.totals).toMatchObject({
      created: 0,
      resolved: 0,
      firstResponse: { wall: duration(0, null, null, null) },
      sla: { firstResponse: { met: 0, total: 0, rate: null } },
      reopen: { reopened: 0, rate: null },
      csat: { average: null, count: 0 },
      backlog: 7,
    });
  });
});

describe('GET /api/tickets/reports/breakdown', () => {
  it('gives the figures per agent with names, biggest first, unassigned tickets in their own group', async () => {
    const body = await report(`/api/tickets/reports/breakdown?${march}&by=agent`);
    expect(body.by).toBe('agent');
    expect(body.groupCount).toBe(3);
    expect(body.groups.map((group: { key: string; label: string }) => [group.key, group.label])).toEqual([
      [String(ids.ada), 'Ada Lovelace'],
      [String(ids.bob), 'Bob Page'],
      [null, 'Unassigned'],
    ]);
    const [ada, bob, unassigned] = body.groups;
    expect(ada).toMatchObject({
      created: 4,
      resolved: 3,
      backlog: 2,
      firstResponse: { wall: { count: 3, median: 20 } },
      resolution: { wall: { count: 3, median: 600 }, business: { count: 2, median: 210 } },
      sla: { firstResponse: { met: 3, total: 3, rate: 1 }, resolution: { met: 1, total: 2, rate: 0.5 } },
      reopen: { reopened: 1, rate: 0.3333 },
      csat: { average: 4, count: 2 },
    });
    expect(bob).toMatchObject({
      created: 3,
      resolved: 1,
      backlog: 2,
      firstResponse: { wall: { count: 2, median: 50 } },
      sla: { firstResponse: { met: 0, total: 1, rate: 0 } },
      csat: { average: null, count: 0 },
    });
    expect(unassigned).toMatchObject({ created: 2, resolved: 0, backlog: 3 });
  });

  it("groups by the assignee's department as the team", async () => {
    const body = await report(`/api/tickets/reports/breakdown?${march}&by=team`);
    expect(
      body.groups.map((group: { key: string; label: string; created: number }) => [
        group.key,
        group.label,
        group.created,
      ]),
    ).toEqual([
      [String(ids.tier1), 'Tier 1', 4],
      [String(ids.tier2), 'Tier 2', 3],
      [null, 'No team', 2],
    ]);
  });

  it('groups by category, client, priority and channel', async () => {
    const labels = async (by: string) =>
      (await report(`/api/tickets/reports/breakdown?${march}&by=${by}`)).groups.map(
        (group: { label: string; created: number; resolved: number; backlog: number }) => [
          group.label,
          group.created + group.resolved + group.backlog,
        ],
      );
    expect(await labels('category')).toEqual([
      ['Uncategorised', 7 + 2 + 7],
      ['Billing', 2 + 2],
    ]);
    expect(await labels('client')).toEqual([
      // A tie: the older client first.
      ['Acme', 5 + 3 + 2],
      ['Beta', 4 + 1 + 5],
    ]);
    expect(await labels('priority')).toEqual([
      ['high', 3 + 1 + 2],
      ['low', 2 + 2 + 2],
      ['medium', 3 + 1 + 2],
      ['urgent', 1 + 0 + 1],
    ]);
    expect(await labels('channel')).toEqual([
      ['email', 3 + 2 + 2],
      ['portal', 3 + 1 + 2],
      ['phone', 2 + 1 + 1],
      ['chat', 1 + 0 + 1],
      ['api', 0 + 0 + 1],
    ]);
  });
});

describe('GET /api/tickets/reports/trend', () => {
  it('buckets opened tickets by opening and resolutions by resolution, every period listed', async () => {
    const body = await report('/api/tickets/reports/trend?from=2025-02-01&to=2025-04-01&interval=month');
    expect(body.periods).toHaveLength(2);
    const [february, marchFigures] = body.periods;
    expect(february).toMatchObject({
      period: '2025-02-01',
      start: '2025-02-01T00:00:00.000Z',
      created: 1,
      resolved: 0,
      firstResponse: { wall: duration(1, 60, 60, 60) },
      csat: { average: null, count: 0 },
    });
    expect(marchFigures).toMatchObject({
      period: '2025-03-01',
      // The whole month: T9, opened on the 31st, too.
      created: 10,
      resolved: 4,
      firstResponse: { wall: { median: 30 }, business: { median: 22.5 } },
      sla: { firstResponse: { rate: 0.6 }, resolution: { rate: 0.6667 } },
      csat: { average: 4, count: 2 },
    });
  });

  it('cuts weeks on Mondays', async () => {
    const body = await report('/api/tickets/reports/trend?from=2025-03-01&to=2025-03-15&interval=week');
    expect(
      body.periods.map((period: { period: string; created: number; resolved: number }) => [
        period.period,
        period.created,
        period.resolved,
      ]),
    ).toEqual([
      ['2025-02-24', 2, 1],
      ['2025-03-03', 1, 2],
      ['2025-03-10', 2, 1],
    ]);
  });

  it('cuts days in the requested time zone', async () => {
    const days = async (tz: string) =>
      (
        await report(`/api/tickets/reports/trend?from=2025-03-01&to=2025-03-04&interval=day&tz=${tz}`)
      ).periods.map((period: { period: string; start: string; created: number; resolved: number }) => [
        period.period,
        period.start,
        period.created,
        period.resolved,
      ]);
    expect(await days('UTC')).toEqual([
      ['2025-03-01', '2025-03-01T00:00:00.000Z', 0, 0],
      ['2025-03-02', '2025-03-02T00:00:00.000Z', 2, 1],
      ['2025-03-03', '2025-03-03T00:00:00.000Z', 1, 1],
    ]);
    // T2 was resolved at 20:00 UTC on the 3rd: 05:00 on the 4th in Tokyo, after this window.
    expect(await days('Asia/Tokyo')).toEqual([
      ['2025-03-01', '2025-02-28T15:00:00.000Z', 0, 0],
      ['2025-03-02', '2025-03-01T15:00:00.000Z', 2, 1],
      ['2025-03-03', '2025-03-02T15:00:00.000Z', 1, 0],
    ]);
  });
});

describe('GET /api/tickets/reports/backlog', () => {
  it('counts unresolved tickets by age and priority, and by status, as of now', async () => {
    const body = await report('/api/tickets/reports/backlog', agent);
    expect(body).toEqual({
      asOf: now.toISOString(),
      total: 7,
      breached: 1,
      ages: [
        { bucket: 'under_1d', total: 2, byPriority: { low: 1, medium: 1, high: 0, urgent: 0 } },
        { bucket: '1_3d', total: 1, byPriority: { low: 0, medium: 0, high: 1, urgent: 0 } },
        { bucket: '3_7d', total: 1, byPriority: { low: 1, medium: 0, high: 0, urgent: 0 } },
        { bucket: '7_30d', total: 2, byPriority: { low: 0, medium: 1, high: 0, urgent: 1 } },
        { bucket: 'over_30d', total: 1, byPriority: { low: 0, medium: 0, high: 1, urgent: 0 } },
      ],
      byStatus: [
        { status: 'new', count: 1 },
        { status: 'open', count: 3 },
        { status: 'pending', count: 1 },
        { status: 'on_hold', count: 2 },
      ],
    });
  });
});

describe('narrowing a report to one agent, team, category, client, priority or channel', () => {
  // Each scope is a group of the breakdown, so a narrowed summary must hold exactly that group's figures.
  const scopes = [
    { by: 'agent', parameter: 'agentId' },
    { by: 'team', parameter: 'teamId' },
    { by: 'category', parameter: 'categoryId' },
    { by: 'client', parameter: 'clientId' },
    { by: 'priority', parameter: 'priority' },
    { by: 'channel', parameter: 'channel' },
  ] as const;

  it.each(scopes)('gives the summary of one $by its breakdown group', async ({ by, parameter }) => {
    const breakdown = await report(`/api/tickets/reports/breakdown?${march}&by=${by}`);
    const groups = breakdown.groups.filter((group: { key: string | null }) => group.key !== null);
    expect(groups.length).toBeGreaterThan(0);
    for (const { key, label, ...figures } of groups) {
      const narrowed = await report(`/api/tickets/reports/summary?${march}&${parameter}=${key}`);
      expect(narrowed.totals, `${by} ${label}`).toEqual(figures);
    }
  });

  it('narrows the trend, the breakdown and the backlog the same way', async () => {
    const acme = await report(`/api/tickets/reports/summary?${march}&clientId=${ids.acme}`);
    const trend = await report(`/api/tickets/reports/trend?${march}&interval=week&clientId=${ids.acme}`);
    const sum = (key: 'created' | 'resolved') =>
      trend.periods.reduce((total: number, period: Record<string, number>) => total + (period[key] ?? 0), 0);
    expect([sum('created'), sum('resolved')]).toEqual([acme.totals.created, acme.totals.resolved]);
    expect(acme.totals.created).toBeLessThan(
      (await report(`/api/tickets/reports/summary?${march}`)).totals.created,
    );

    // Ada's tickets by category: none (T6 resolved; T10, T12 opened and open) before Billing (T1, T2).
    const adaByCategory = await report(
      `/api/tickets/reports/breakdown?${march}&by=category&agentId=${ids.ada}`,
    );
    expect(
      adaByCategory.groups.map((group: { label: string; created: number }) => [group.label, group.created]),
    ).toEqual([
      ['Uncategorised', 2],
      ['Billing', 2],
    ]);

    const high = await report('/api/tickets/reports/backlog?priority=high', agent);
    expect(high).toMatchObject({ total: 2, breached: 0 });
    expect(high.ages.map((age: { byPriority: { high: number } }) => age.byPriority.high)).toEqual([
      0, 1, 0, 0, 1,
    ]);
    const tier2 = await report(`/api/tickets/reports/backlog?teamId=${ids.tier2}`, agent);
    // Bob, the only one in Tier 2, has T5 (new) and T7 (pending) unresolved.
    expect(tier2.byStatus).toEqual([
      { status: 'new', count: 1 },
      { status: 'open', count: 0 },
      { status: 'pending', count: 1 },
      { status: 'on_hold', count: 0 },
    ]);
  });

  it('refuses a scope that is not one (400)', async () => {
    for (const query of ['agentId=0', 'clientId=abc', 'priority=critical', 'channel=fax']) {
      const response = await get(`/api/tickets/reports/summary?${march}&${query}`, manager);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('report access and validation', () => {
  it('is for admins, managers and agents; customers and sales get 403, strangers 401', async () => {
    const customer = await sessionFor(testApp.context, 'customer', { clientId: ids.acme });
    const sales = await sessionFor(testApp.context, 'sales');
    const admin = await sessionFor(testApp.context, 'admin');
    for (const path of ['summary', 'breakdown', 'trend', 'backlog']) {
      const url = `/api/tickets/reports/${path}`;
      expect((await get(url, customer)).statusCode).toBe(403);
      expect((await get(url, sales)).statusCode).toBe(403);
      expect((await get(url)).statusCode).toBe(401);
      expect((await get(url, agent)).statusCode).toBe(200);
      expect((await get(url, admin)).statusCode).toBe(200);
    }
  });

  it.each([
    ['summary?from=2025-03-10&to=2025-03-01', 'invalid_period'],
    ['summary?from=2025-03-01&to=2025-03-01', 'invalid_period'],
    ['trend?from=2023-03-01&to=2025-03-02', 'period_too_long'],
    ['breakdown?by=mood', 'validation_failed'],
    ['trend?interval=year', 'validation_failed'],
    ['summary?tz=Mars/Olympus_Mons', 'validation_failed'],
    ['summary?from=yesterday', 'validation_failed'],
  ])('answers 400 for %s', async (query, code) => {
    const response = await get(`/api/tickets/reports/${query}`, manager);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe(code);
  });

  it('accepts exactly two years', async () => {
    const body = await report('/api/tickets/reports/trend?from=2023-03-01&to=2025-03-01&interval=month');
    expect(body.periods).toHaveLength(24);
  });

  it('answers 503 reports_busy when the heavy-report slots stay taken', async () => {
    let release: () => void = () => undefined;
    const held = heavyQueryRunner(testApp.context.database.db, testApp.context.config.reports).run(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const busy = await get(`/api/tickets/reports/summary?${march}`, manager);
    release();
    await held;
    expect(busy.statusCode).toBe(503);
    expect(busy.json().code).toBe('reports_busy');
    expect((await get(`/api/tickets/reports/summary?${march}`, manager)).statusCode).toBe(200);
  });
});
