import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketSlaBreached, ticketSlaWarning } from '../../src/modules/tickets/events';
import {
  businessCalendars,
  businessHolidays,
  slaPolicies,
  ticketEvents,
  ticketSlaChecks,
} from '../../src/modules/tickets/schema';
import { readSlaClocks } from '../../src/modules/tickets/sla.service';
import { runSlaSweep } from '../../src/modules/tickets/sla-sweep.service';
import type { TicketEngine } from '../../src/modules/tickets/ticket-engine';
import type { Database } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import { createClient, createEmployee } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import {
  agentState,
  changeTicket,
  createAgent,
  createQueue,
  engineFor,
  historyOf,
  loadCountersAndRecount,
  openTicket,
  slaCheckOf,
  ticketById,
} from './engine-factories';

const minute = 60_000;
const hour = 60 * minute;

/** A fresh database per group of tests: the sweep looks at every ticket, so groups must not share any. */
function useDatabase() {
  const state = {} as { database: TestDatabase; clientId: number; now: Date; engine: TicketEngine };
  beforeAll(async () => {
    state.database = await createTestDatabase();
    state.clientId = (await createClient(state.database.handle.db)).id;
    state.now = new Date('2026-03-02T08:00:00Z');
    state.engine = engineFor(state.database.handle.db, () => state.now);
  });
  afterAll(() => state.database.drop());
  return {
    db: (): Database => state.database.handle.db,
    clientId: () => state.clientId,
    engine: () => state.engine,
    at: (instant: Date) => {
      state.now = instant;
    },
  };
}

const policy = (overrides: Partial<typeof slaPolicies.$inferInsert>) => ({
  name: `Policy ${Math.random().toString(36).slice(2)}`,
  firstResponseMinutes: 60,
  resolutionMinutes: 240,
  ...overrides,
});

function eventsOfType(db: Database, type: string, ticketIds: number[]) {
  return db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.type, type), inArray(domainEvents.aggregateId, ticketIds)))
    .orderBy(asc(domainEvents.id));
}

describe('choosing the policy', () => {
  const t = useDatabase();

  it('takes the most specific policy: priority and tier, then priority, then tier, then the catch-all', async () => {
    const start = async (priority: 'low' | 'high', clientTier: string | null) =>
      (
        await t.engine().startTicket(t.db(), {
          signals: { title: 'Help', description: '', channel: 'email', clientTier, orderTotal: null },
          manualPriority: { priority, reason: 'set by the test' },
          categoryId: null,
          createdAt: new Date('2026-03-02T08:00:00Z'),
        })
      ).sla;
    expect(await start('high', 'gold')).toMatchObject({ slaPolicyId: null, firstResponseDueAt: null });

    const [both, byPriority, byTier, catchAll] = await t
      .db()
      .insert(slaPolicies)
      .values([
        policy({ priority: 'high', clientTier: 'gold', firstResponseMinutes: 15 }),
        policy({ priority: 'high', firstResponseMinutes: 30 }),
        policy({ clientTier: 'gold', firstResponseMinutes: 45 }),
        policy({ firstResponseMinutes: 90 }),
      ])
      .returning();

    expect((await start('high', 'gold')).slaPolicyId).toBe(both?.id);
    expect((await start('high', 'silver')).slaPolicyId).toBe(byPriority?.id);
    expect((await start('low', 'gold')).slaPolicyId).toBe(byTier?.id);
    const fallback = await start('low', null);
    expect(fallback.slaPolicyId).toBe(catchAll?.id);
    // Round the clock (no calendar): 90 minutes after creation, warned at 75%.
    expect(fallback.firstResponseDueAt).toEqual(new Date('2026-03-02T09:30:00Z'));
    expect(fallback.firstResponseWarnAt).toEqual(new Date('2026-03-02T09:07:30Z'));
  });
});

describe('deadlines in business time', () => {
  const t = useDatabase();

  it('counts only opening hours in the calendar’s zone and skips its holidays', async () => {
    const [calendar] = await t
      .db()
      .insert(businessCalendars)
      .values({
        name: 'Berlin office',
        timeZone: 'Europe/Berlin',
        week: Object.fromEntries(['1', '2', '3', '4', '5'].map((day) => [day, [{ start: 540, end: 1020 }]])),
      })
      .returning();
    await t
      .db()
      .insert(businessHolidays)
      .values({ calendarId: calendar?.id as number, day: '2026-11-30', name: 'Office closed' });
    await t
      .db()
      .insert(slaPolicies)
      .values(
        policy({
          calendarId: calendar?.id,
          firstResponseMinutes: 120,
          resolutionMinutes: 600,
          warnShare: 0.75,
        }),
      );

    // Friday 27 November 2026, 16:00 in Berlin (UTC+1); Monday the 30th is a holiday.
    const ticket = await openTicket(t.db(), t.engine(), {
      clientId: t.clientId(),
      createdAt: new Date('2026-11-27T15:00:00Z'),
    });

    // One hour on Friday, then Tuesday from 09:00.
    expect(ticket.firstResponseDueAt).toEqual(new Date('2026-12-01T09:00:00Z'));
    expect(ticket.firstResponseWarnAt).toEqual(new Date('2026-12-01T08:30:00Z'));
    // Ten hours: one on Friday, eight on Tuesday, one on Wednesday.
    expect(ticket.resolutionDueAt).toEqual(new Date('2026-12-02T09:00:00Z'));
    // The sweep looks first at the first-response warning.
    expect((await slaCheckOf(t.db(), ticket.id))?.nextCheckAt).toEqual(ticket.firstResponseWarnAt);
  });
});

describe('the clock through the ticket’s life', () => {
  const t = useDatabase();

  it('pauses while pending, resumes, completes, reopens, re-targets a new priority and stops when closed', async () => {
    await t
      .db()
      .insert(slaPolicies)
      .values([
        policy({ firstResponseMinutes: 60, resolutionMinutes: 240, warnShare: 0.5 }),
        policy({ priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 150 }),
      ]);
    const created = new Date('2026-03-02T08:00:00Z');
    const after = (ms: number) => new Date(created.getTime() + ms);
    t.at(created);
    const ticket = await openTicket(t.db(), t.engine(), { clientId: t.clientId(), createdAt: created });
    expect(ticket.firstResponseDueAt).toEqual(after(hour));

    t.at(after(30 * minute));
    const pending = await changeTicket(t.db(), t.engine(), ticket.id, { status: 'pending' });
    expect(pending).toMatchObject({
      firstResponseDueAt: null,
      firstResponseWarnAt: null,
      resolutionDueAt: null,
    });
    expect(await slaCheckOf(t.db(), ticket.id)).toMatchObject({ nextCheckAt: null });
    expect(readSlaClocks(pending.slaClocks)?.resolution).toMatchObject({
      elapsedMs: 30 * minute,
      runningSince: null,
    });

    t.at(after(2 * hour));
    const resumed = await changeTicket(t.db(), t.engine(), ticket.id, { status: 'open' });
    // Thirty minutes were used before the pause: thirty are left from now.
    expect(resumed.firstResponseDueAt).toEqual(after(2 * hour + 30 * minute));
    expect(resumed.resolutionDueAt).toEqual(after(2 * hour + 210 * minute));
    // Half the first-response target had passed before the pause: the warning is due at once.
    expect(resumed.firstResponseWarnAt).toEqual(after(2 * hour));
    expect((await slaCheckOf(t.db(), ticket.id))?.nextCheckAt).toEqual(after(2 * hour));

    t.at(after(2 * hour + 10 * minute));
    const answered = await changeTicket(t.db(), t.engine(), ticket.id, {
      firstRespondedAt: after(2 * hour + 10 * minute),
    });
    expect(answered).toMatchObject({ firstResponseDueAt: null, firstResponseBusinessMs: 40 * minute });

    t.at(after(3 * hour));
    const resolved = await changeTicket(t.db(), t.engine(), ticket.id, {
      status: 'resolved',
      resolvedAt: after(3 * hour),
    });
    expect(resolved).toMatchObject({ resolutionDueAt: null, resolutionBusinessMs: 90 * minute });
    expect(await slaCheckOf(t.db(), ticket.id)).toMatchObject({ nextCheckAt: null });

    t.at(after(4 * hour));
    const reopened = await changeTicket(t.db(), t.engine(), ticket.id, { status: 'open', resolvedAt: null });
    expect(reopened).toMatchObject({
      resolutionDueAt: after(4 * hour + 150 * minute),
      resolutionBusinessMs: null,
    });
    expect(reopened.firstResponseDueAt).toBeNull();

    // Urgent has its own policy: 150 minutes to resolve, of which 120 are used.
    t.at(after(4 * hour + 30 * minute));
    const urgent = await changeTicket(t.db(), t.engine(), ticket.id, { priority: 'urgent' });
    expect(urgent.slaPolicyId).not.toBe(ticket.slaPolicyId);
    expect(urgent.resolutionDueAt).toEqual(after(5 * hour));
    expect(readSlaClocks(urgent.slaClocks)?.resolution).toMatchObject({
      targetMs: 150 * minute,
      elapsedMs: 120 * minute,
    });

    t.at(after(4 * hour + 40 * minute));
    const closed = await changeTicket(t.db(), t.engine(), ticket.id, {
      status: 'closed',
      closedAt: after(4 * hour + 40 * minute),
    });
    expect(closed).toMatchObject({ resolutionDueAt: null, resolutionWarnAt: null });
    expect(await slaCheckOf(t.db(), ticket.id)).toMatchObject({ nextCheckAt: null });
    expect(readSlaClocks(closed.slaClocks)?.resolution.completedAt).toEqual(after(4 * hour + 40 * minute));
  });
});

describe('the SLA sweep', () => {
  const t = useDatabase();

  it('warns and then breaches each target exactly once', async () => {
    await t
      .db()
      .insert(slaPolicies)
      .values(policy({ firstResponseMinutes: 60, resolutionMinutes: 600, warnShare: 0.5 }));
    const created = new Date('2026-03-02T08:00:00Z');
    const ticket = await openTicket(t.db(), t.engine(), { clientId: t.clientId(), createdAt: created });
    const sweepAt = (minutes: number) =>
      runSlaSweep(t.db(), { now: new Date(created.getTime() + minutes * minute) });

    expect(await sweepAt(10)).toMatchObject({ warned: 0, breached: 0 });
    expect(await sweepAt(31)).toMatchObject({ warned: 1, breached: 0 });
    expect(await sweepAt(32)).toMatchObject({ warned: 0, breached: 0 });
    expect(await sweepAt(61)).toMatchObject({ warned: 0, breached: 1 });
    expect(await sweepAt(62)).toMatchObject({ warned: 0, breached: 0 });

    expect(await slaCheckOf(t.db(), ticket.id)).toEqual({
      ticketId: ticket.id,
      firstResponseWarnedAt: new Date(created.getTime() + 31 * minute),
      firstResponseBreachedAt: new Date(created.getTime() + 61 * minute),
      resolutionWarnedAt: null,
      resolutionBreachedAt: null,
      // Next: the resolution warning, at half of ten hours.
      nextCheckAt: new Date(created.getTime() + 5 * hour),
    });
    const kinds = (await historyOf(t.db(), ticket.id)).map((entry) => entry.kind);
    expect(kinds.filter((kind) => kind === 'sla_warning')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'sla_breached')).toHaveLength(1);
    const [warning] = await eventsOfType(t.db(), 'ticket.sla_warning', [ticket.id]);
    expect(warning?.payload).toMatchObject({
      target: 'first_response',
      dueAt: new Date(created.getTime() + hour).toISOString(),
    });
    expect(await eventsOfType(t.db(), 'ticket.sla_breached', [ticket.id])).toHaveLength(1);
  });

  it('does not look at paused or finished tickets', async () => {
    const created = new Date('2026-03-03T08:00:00Z');
    t.at(created);
    const waiting = await openTicket(t.db(), t.engine(), { clientId: t.clientId(), createdAt: created });
    await changeTicket(t.db(), t.engine(), waiting.id, { status: 'pending' });

    const result = await runSlaSweep(t.db(), { now: new Date(created.getTime() + 24 * hour) });

    expect((await historyOf(t.db(), waiting.id)).map((entry) => entry.kind)).not.toContain('sla_breached');
    expect(result.breached).toBe(1); // the first test's ticket reaching its resolution target, not this one
  });
});

describe('moving clocks after the sweep acted', () => {
  const t = useDatabase();

  it('does not look again for a warning already given when the instants are recomputed', async () => {
    await t
      .db()
      .insert(slaPolicies)
      .values(policy({ firstResponseMinutes: 60, resolutionMinutes: 600, warnShare: 0.5 }));
    const created = new Date('2026-03-02T08:00:00Z');
    t.at(created);
    const ticket = await openTicket(t.db(), t.engine(), { clientId: t.clientId(), createdAt: created });
    expect(await runSlaSweep(t.db(), { now: new Date(created.getTime() + 40 * minute) })).toMatchObject({
      warned: 1,
    });

    // Paused at 40 minutes and resumed an hour later: 20 minutes of the target are left.
    t.at(new Date(created.getTime() + 40 * minute));
    await changeTicket(t.db(), t.engine(), ticket.id, { status: 'pending' });
    t.at(new Date(created.getTime() + 100 * minute));
    const resumed = await changeTicket(t.db(), t.engine(), ticket.id, { status: 'open' });
    expect(resumed.firstResponseDueAt).toEqual(new Date(created.getTime() + 120 * minute));

    // The first-response warning was given: the next look is its deadline, not the (past) warning instant.
    expect(await slaCheckOf(t.db(), ticket.id)).toMatchObject({
      firstResponseWarnedAt: new Date(created.getTime() + 40 * minute),
      nextCheckAt: new Date(created.getTime() + 120 * minute),
    });
    expect(await runSlaSweep(t.db(), { now: new Date(created.getTime() + 101 * minute) })).toMatchObject({
      warned: 0,
      breached: 0,
    });
    expect(await runSlaSweep(t.db(), { now: new Date(created.getTime() + 121 * minute) })).toMatchObject({
      warned: 0,
      breached: 1,
    });
  });
});

describe('escalations', () => {
  const t = useDatabase();

  it('notifies the manager on warning, then raises priority and reassigns on breach', async () => {
    await t
      .db()
      .insert(slaPolicies)
      .values(
        policy({
          firstResponseMinutes: 60,
          resolutionMinutes: 600,
          warnShare: 0.5,
          onWarning: ['notify_manager'],
          onBreach: ['raise_priority', 'reassign'],
        }),
      );
    const manager = await createEmployee(t.db());
    const queue = await createQueue(t.db(), { strategy: 'round_robin' });
    const first = await createAgent(t.db(), { queueIds: [queue.id], managerId: manager.id });
    const created = new Date('2026-03-02T08:00:00Z');
    t.at(created);
    const ticket = await openTicket(t.db(), t.engine(), {
      clientId: t.clientId(),
      queueId: queue.id,
      createdAt: created,
    });
    expect(ticket.assignedTo).toBe(first.id);
    const second = await createAgent(t.db(), { queueIds: [queue.id] });

    const warned = await runSlaSweep(t.db(), { now: new Date(created.getTime() + 35 * minute) });
    expect(warned).toMatchObject({ warned: 1, escalations: 1 });
    const [warning] = await eventsOfType(t.db(), 'ticket.sla_warning', [ticket.id]);
    expect(warning?.payload).toMatchObject({
      target: 'first_response',
      assignedTo: first.id,
      escalations: [{ action: 'notify_manager', managerEmployeeId: manager.id }],
    });
    // The sweep writes events in SQL: they must still be what the event's schema promises handlers.
    expect(ticketSlaWarning.payload.safeParse(warning?.payload).success).toBe(true);

    const breached = await runSlaSweep(t.db(), { now: new Date(created.getTime() + 65 * minute) });
    expect(breached).toMatchObject({ breached: 1, escalations: 2 });
    const row = await ticketById(t.db(), ticket.id);
    expect(row).toMatchObject({ priority: 'high', assignedTo: second.id });
    expect(row.version).toBeGreaterThan(ticket.version);
    const history = await historyOf(t.db(), ticket.id);
    expect(history.find((entry) => entry.kind === 'priority_changed')?.data).toMatchObject({
      from: 'medium',
      to: 'high',
    });
    expect(history.at(-1)).toMatchObject({
      kind: 'assigned',
      data: { from: first.id, to: second.id, reason: expect.stringContaining('SLA first response breach') },
    });
    const escalations = [
      { action: 'raise_priority', from: 'medium', to: 'high' },
      { action: 'reassign', from: first.id },
    ];
    const [breach] = await eventsOfType(t.db(), 'ticket.sla_breached', [ticket.id]);
    expect(breach?.payload).toMatchObject({ target: 'first_response', assignedTo: first.id, escalations });
    expect(ticketSlaBreached.payload.safeParse(breach?.payload).success).toBe(true);
    expect(history.find((entry) => entry.kind === 'sla_breached')?.data).toMatchObject({
      target: 'first_response',
      escalations,
    });
    expect(await eventsOfType(t.db(), 'ticket.priority_changed', [ticket.id])).toHaveLength(1);
    expect(await agentState(t.db(), second.id)).toMatchObject({ activeTickets: 1, weightedLoad: 3 });
    const { counters, recount } = await loadCountersAndRecount(t.db());
    expect(counters).toEqual(recount);
  });
});

describe('sweeps running at once', () => {
  const t = useDatabase();

  it('never fire a warning twice, however the work is shared between them', async () => {
    await t
      .db()
      .insert(slaPolicies)
      .values(policy({ firstResponseMinutes: 60, resolutionMinutes: 600, warnShare: 0.5 }));
    const created = new Date('2026-03-02T08:00:00Z');
    const opened: number[] = [];
    for (let index = 0; index < 300; index++) {
      opened.push((await openTicket(t.db(), t.engine(), { clientId: t.clientId(), createdAt: created })).id);
    }
    const now = new Date(created.getTime() + 40 * minute);

    const results = await Promise.all([
      runSlaSweep(t.db(), { now, batchSize: 25 }),
      runSlaSweep(t.db(), { now, batchSize: 25 }),
      runSlaSweep(t.db(), { now, batchSize: 25 }),
    ]);

    expect(results.reduce((sum, result) => sum + result.warned, 0)).toBe(300);
    const warnings = await t
      .db()
      .select({ ticketId: ticketEvents.ticketId })
      .from(ticketEvents)
      .where(eq(ticketEvents.kind, 'sla_warning'));
    expect(warnings).toHaveLength(300);
    expect(new Set(warnings.map((warning) => warning.ticketId)).size).toBe(300);
    expect(await eventsOfType(t.db(), 'ticket.sla_warning', opened)).toHaveLength(300);
    // Each moved on to its deadline, an hour after creation.
    const next = await t
      .db()
      .selectDistinct({ at: ticketSlaChecks.nextCheckAt })
      .from(ticketSlaChecks)
      .where(inArray(ticketSlaChecks.ticketId, opened));
    expect(next).toEqual([{ at: new Date(created.getTime() + hour) }]);
  });
});
