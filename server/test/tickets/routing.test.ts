import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentService } from '../../src/modules/tickets/agent.service';
import { ticketCategories, tickets } from '../../src/modules/tickets/schema';
import type { TicketEngine } from '../../src/modules/tickets/ticket-engine';
import { queryRows } from '../../src/platform/db/database';
import { domainEvents } from '../../src/platform/events/schema';
import { createClient } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { createSkill, giveSkill } from '../support/workforce-factories';
import {
  activeTicketsPerAgent,
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

// Runs on PGlite by default and on real PostgreSQL (a pool of connections) when DATABASE_URL is set.
let database: TestDatabase;
let engine: TicketEngine;
let clientId: number;
const db = () => database.handle.db;
const agents = () => createAgentService({ db: db(), clock: () => new Date() });

beforeAll(async () => {
  database = await createTestDatabase();
  engine = engineFor(db());
  clientId = (await createClient(db())).id;
  // The lowest id: tickets given no queue wait here, with nobody to take them.
  await createQueue(db(), { name: 'Parking' });
});
afterAll(() => database.drop());

describe('round-robin', () => {
  // A thousand transactions, each creating and routing a ticket: slow on the embedded database.
  it('spreads 1,000 tickets over 10 agents within one of each other, and says why in each history', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const team = [];
    for (let index = 0; index < 10; index++) team.push(await createAgent(db(), { queueIds: [queue.id] }));

    for (let index = 0; index < 1_000; index++) {
      await openTicket(db(), engine, {
        clientId,
        queueId: queue.id,
        priority: index % 7 === 0 ? 'high' : 'low',
      });
    }

    const perAgent = await activeTicketsPerAgent(db());
    const counts = team.map((member) => perAgent.get(member.id) ?? 0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1_000);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);

    const [sample] = await db().select().from(tickets).where(eq(tickets.queueId, queue.id)).limit(1);
    const history = await historyOf(db(), sample?.id as number);
    expect(history.find((entry) => entry.kind === 'assigned')?.data).toMatchObject({
      automatic: true,
      strategy: 'round_robin',
      queueId: queue.id,
      reason: expect.stringContaining('round-robin'),
    });
    const { counters, recount } = await loadCountersAndRecount(db());
    expect(counters).toEqual(recount);
  }, 180_000);
});

describe('least-loaded', () => {
  it('never gives an agent more than their capacity, and leaves the rest waiting in the queue', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const capacities = [2, 3, 5, 1, 4];
    const team = [];
    for (const capacity of capacities) team.push(await createAgent(db(), { queueIds: [queue.id], capacity }));
    const priorities = ['low', 'medium', 'high', 'urgent'] as const;

    const opened = [];
    for (let index = 0; index < 25; index++) {
      opened.push(
        await openTicket(db(), engine, { clientId, queueId: queue.id, priority: priorities[index % 4] }),
      );
    }

    const perAgent = await activeTicketsPerAgent(db());
    team.forEach((member, index) => {
      expect(perAgent.get(member.id) ?? 0).toBe(capacities[index]);
    });
    const waiting = opened.filter((ticket) => ticket.assignedTo === null);
    expect(waiting).toHaveLength(25 - 15);
    const queued = await historyOf(db(), waiting[0]?.id as number);
    expect(queued.at(-1)).toMatchObject({
      kind: 'queued',
      data: { reason: expect.stringContaining('every online agent is at capacity') },
    });
  });

  it('gives the next ticket to the agent with the lightest weighted load', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const busy = await createAgent(db(), { queueIds: [queue.id] });
    const light = await createAgent(db(), { queueIds: [queue.id] });
    // One urgent ticket (weight 4) outweighs three low ones (weight 3).
    await engine.assign(
      db(),
      await openTicket(db(), engine, { clientId, priority: 'urgent' }),
      busy.id,
      systemActor,
      null,
    );
    for (let index = 0; index < 3; index++) {
      await engine.assign(
        db(),
        await openTicket(db(), engine, { clientId, priority: 'low' }),
        light.id,
        systemActor,
        null,
      );
    }

    const next = await openTicket(db(), engine, { clientId, queueId: queue.id });

    expect(next.assignedTo).toBe(light.id);
  });
});

describe('availability', () => {
  it('gives offline and away agents nothing', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const online = await createAgent(db(), { queueIds: [queue.id] });
    const away = await createAgent(db(), { queueIds: [queue.id], availability: 'away' });
    const offline = await createAgent(db(), { queueIds: [queue.id], availability: 'offline' });

    for (let index = 0; index < 12; index++) await openTicket(db(), engine, { clientId, queueId: queue.id });

    const perAgent = await activeTicketsPerAgent(db());
    expect(perAgent.get(online.id)).toBe(12);
    expect(perAgent.get(away.id)).toBeUndefined();
    expect(perAgent.get(offline.id)).toBeUndefined();
  });

  it('sends the unanswered tickets of an agent going offline on to others, and keeps the answered ones', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const leaving = await createAgent(db(), { queueIds: [queue.id] });
    const unanswered = [];
    for (let index = 0; index < 3; index++)
      unanswered.push(await openTicket(db(), engine, { clientId, queueId: queue.id }));
    const answered = await openTicket(db(), engine, { clientId, queueId: queue.id });
    await changeTicket(db(), engine, answered.id, { firstRespondedAt: new Date(), status: 'open' });
    const staying = await createAgent(db(), { queueIds: [queue.id] });

    const state = await agents().updateAgent(systemActor, leaving.id, { availability: 'offline' });

    expect(state).toMatchObject({ availability: 'offline', activeTickets: 1 });
    for (const ticket of unanswered) {
      expect((await ticketById(db(), ticket.id)).assignedTo).toBe(staying.id);
      expect((await historyOf(db(), ticket.id)).at(-1)?.data).toMatchObject({
        from: leaving.id,
        to: staying.id,
        reason: expect.stringContaining('went offline before answering'),
      });
    }
    expect((await ticketById(db(), answered.id)).assignedTo).toBe(leaving.id);
    const { counters, recount } = await loadCountersAndRecount(db());
    expect(counters).toEqual(recount);
  });

  it('puts the unanswered tickets of the last agent going offline back to wait', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const only = await createAgent(db(), { queueIds: [queue.id] });
    const ticket = await openTicket(db(), engine, { clientId, queueId: queue.id });
    expect(ticket.assignedTo).toBe(only.id);

    await agents().updateAgent(systemActor, only.id, { availability: 'offline' });

    expect((await ticketById(db(), ticket.id)).assignedTo).toBeNull();
    expect((await historyOf(db(), ticket.id)).at(-1)).toMatchObject({
      kind: 'unassigned',
      data: { reason: expect.stringContaining('back to wait') },
    });
    expect((await agentState(db(), only.id)).activeTickets).toBe(0);
  });

  it('hands an agent coming online the waiting tickets, highest priority first, up to their capacity', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const returning = await createAgent(db(), { queueIds: [queue.id], availability: 'offline', capacity: 2 });
    const low = await openTicket(db(), engine, {
      clientId,
      queueId: queue.id,
      priority: 'low',
      createdAt: new Date(Date.now() - 60_000),
    });
    const urgent = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'urgent' });
    const high = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'high' });

    const state = await agents().updateAgent(systemActor, returning.id, { availability: 'online' });

    expect(state.activeTickets).toBe(2);
    expect((await ticketById(db(), urgent.id)).assignedTo).toBe(returning.id);
    expect((await ticketById(db(), high.id)).assignedTo).toBe(returning.id);
    expect((await ticketById(db(), low.id)).assignedTo).toBeNull();
    expect((await historyOf(db(), urgent.id)).at(-1)?.data).toMatchObject({
      reason: expect.stringContaining('came online'),
    });
  });
});

describe('freed capacity', () => {
  it('picks up the oldest waiting ticket of the highest priority as soon as an agent has room', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const agent = await createAgent(db(), { queueIds: [queue.id], capacity: 2 });
    const first = await openTicket(db(), engine, { clientId, queueId: queue.id });
    await openTicket(db(), engine, { clientId, queueId: queue.id });
    const olderHigh = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'high' });
    const newerHigh = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'high' });
    const low = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'low' });
    expect([olderHigh, newerHigh, low].map((ticket) => ticket.assignedTo)).toEqual([null, null, null]);

    await changeTicket(db(), engine, first.id, { status: 'resolved', resolvedAt: new Date() });

    expect((await ticketById(db(), olderHigh.id)).assignedTo).toBe(agent.id);
    expect((await ticketById(db(), newerHigh.id)).assignedTo).toBeNull();
    expect((await agentState(db(), agent.id)).activeTickets).toBe(2);
  });

  it('does not count pending tickets towards the load, and weighs priority changes', async () => {
    const queue = await createQueue(db(), { strategy: 'least_loaded' });
    const agent = await createAgent(db(), { queueIds: [queue.id], capacity: 1 });
    const ticket = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'low' });
    const waiting = await openTicket(db(), engine, { clientId, queueId: queue.id });
    expect(waiting.assignedTo).toBeNull();

    await changeTicket(db(), engine, ticket.id, { priority: 'urgent' });
    expect(await agentState(db(), agent.id)).toMatchObject({ activeTickets: 1, weightedLoad: 4 });

    // Waiting on the customer frees the agent: the waiting ticket comes to them.
    await changeTicket(db(), engine, ticket.id, { status: 'pending' });
    expect((await ticketById(db(), waiting.id)).assignedTo).toBe(agent.id);
    expect(await agentState(db(), agent.id)).toMatchObject({ activeTickets: 1, weightedLoad: 2 });

    await changeTicket(db(), engine, ticket.id, { status: 'open' });
    expect(await agentState(db(), agent.id)).toMatchObject({ activeTickets: 2, weightedLoad: 6 });
  });

  it('moves load with a manual assignment, past capacity if a person says so, and back on unassignment', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const full = await createAgent(db(), { queueIds: [queue.id], capacity: 0 });
    const ticket = await openTicket(db(), engine, { clientId, queueId: queue.id, priority: 'high' });
    expect(ticket.assignedTo).toBeNull();

    const historyBefore = await historyOf(db(), ticket.id);
    const assigned = await engine.assign(db(), ticket, full.id, systemActor, 'knows this client');
    expect(assigned).toMatchObject({ assignedTo: full.id });
    expect(await agentState(db(), full.id)).toMatchObject({ activeTickets: 1, weightedLoad: 3 });
    // A person's assignment is the ticket service's to record (history, event, version), not the engine's.
    expect(await historyOf(db(), ticket.id)).toHaveLength(historyBefore.length);

    await engine.assign(db(), assigned, null, systemActor, null);
    expect(await agentState(db(), full.id)).toMatchObject({ activeTickets: 0, weightedLoad: 0 });
    await expect(engine.assign(db(), assigned, 987_654, systemActor, null)).rejects.toMatchObject({
      code: 'invalid_assignee',
      status: 422,
    });
  });
});

describe('skill-based', () => {
  it('gives a ticket only to agents with the skill its category needs, at the level it needs', async () => {
    const skill = await createSkill(db());
    const queue = await createQueue(db(), { strategy: 'skill_based' });
    const [category] = await db()
      .insert(ticketCategories)
      .values({ name: `Billing ${skill.id}`, queueId: queue.id, skillId: skill.id, minSkillLevel: 3 })
      .returning();
    const novice = await createAgent(db(), { queueIds: [queue.id] });
    const expert = await createAgent(db(), { queueIds: [queue.id] });
    await giveSkill(db(), novice.id, skill.id, 2);
    await giveSkill(db(), expert.id, skill.id, 4);

    const ticket = await openTicket(db(), engine, { clientId, categoryId: category?.id });

    expect(ticket).toMatchObject({ queueId: queue.id, assignedTo: expert.id });
    expect((await historyOf(db(), ticket.id)).at(-1)?.data).toMatchObject({ strategy: 'skill_based' });

    await agents().updateAgent(systemActor, expert.id, { availability: 'away' });
    const unrouted = await openTicket(db(), engine, { clientId, categoryId: category?.id });
    expect(unrouted.assignedTo).toBeNull();
    expect((await historyOf(db(), unrouted.id)).at(-1)?.data).toMatchObject({
      reason: expect.stringContaining('skill'),
    });
  });
});

describe('default queue', () => {
  it("puts a ticket with no category's queue in the queue named General", async () => {
    const general = await createQueue(db(), { name: 'General' });
    const ticket = await openTicket(db(), engine, { clientId });
    expect(ticket.queueId).toBe(general.id);
  });
});

describe('concurrent assignment', () => {
  it('never gives one ticket to two agents nor an agent more than their capacity', async () => {
    const queue = await createQueue(db(), { strategy: 'round_robin' });
    const team = [];
    for (let index = 0; index < 10; index++) {
      team.push(await createAgent(db(), { queueIds: [queue.id], capacity: 3, availability: 'offline' }));
    }
    const waiting = [];
    for (let index = 0; index < 25; index++)
      waiting.push(await openTicket(db(), engine, { clientId, queueId: queue.id }));
    const startEventId =
      (await queryRows<{ id: number | null }>(db(), sql`select max(id)::int as id from domain_events`))[0]
        ?.id ?? 0;

    // Ten agents come online and twenty-five new tickets arrive, all at once: 50 tickets for 30 places.
    const results = await Promise.all([
      ...team.map((member) => agents().updateAgent(systemActor, member.id, { availability: 'online' })),
      ...Array.from({ length: 25 }, () => openTicket(db(), engine, { clientId, queueId: queue.id })),
    ]);
    expect(results).toHaveLength(35);

    const perAgent = await activeTicketsPerAgent(db());
    for (const member of team) expect(perAgent.get(member.id)).toBe(3);
    const assignedHistory = await queryRows<{ ticket_id: number; total: number }>(
      db(),
      sql`select e.ticket_id, count(*)::int as total from ticket_events e join tickets t on t.id = e.ticket_id
        where t.queue_id = ${queue.id} and e.kind = 'assigned' group by e.ticket_id`,
    );
    expect(assignedHistory).toHaveLength(30);
    expect(assignedHistory.every((row) => row.total === 1)).toBe(true);
    const assignedEvents = await db()
      .select({ aggregateId: domainEvents.aggregateId })
      .from(domainEvents)
      .where(and(eq(domainEvents.type, 'ticket.assigned'), sql`${domainEvents.id} > ${startEventId}`));
    expect(new Set(assignedEvents.map((event) => event.aggregateId)).size).toBe(assignedEvents.length);
    expect(assignedEvents).toHaveLength(30);
    const { counters, recount } = await loadCountersAndRecount(db());
    expect(counters).toEqual(recount);
    const stillWaiting = await db()
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.queueId, queue.id), sql`${tickets.assignedTo} is null`));
    expect(stillWaiting).toHaveLength(20);

    // Then, all at once: ten tickets resolved (room frees up), three agents go offline (their work moves on),
    // and ten more tickets arrive.
    const assigned = await db()
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.queueId, queue.id), sql`${tickets.assignedTo} is not null`))
      .limit(10);
    await Promise.all([
      ...assigned.map((ticket) =>
        changeTicket(db(), engine, ticket.id, { status: 'resolved', resolvedAt: new Date() }),
      ),
      ...team
        .slice(0, 3)
        .map((member) => agents().updateAgent(systemActor, member.id, { availability: 'offline' })),
      ...Array.from({ length: 10 }, () => openTicket(db(), engine, { clientId, queueId: queue.id })),
    ]);

    const after = await activeTicketsPerAgent(db());
    for (const member of team.slice(0, 3)) expect(after.get(member.id) ?? 0).toBe(0);
    for (const member of team.slice(3)) expect(after.get(member.id)).toBe(3);
    const moved = await loadCountersAndRecount(db());
    expect(moved.counters).toEqual(moved.recount);
    // Every ticket is with whoever its history last gave it to.
    const disagreements = await queryRows<{ id: number }>(
      db(),
      sql`select t.id from tickets t
        left join lateral (select (e.data->>'to')::int as assignee from ticket_events e
          where e.ticket_id = t.id and e.kind in ('assigned', 'unassigned') order by e.id desc limit 1) last on true
        where t.queue_id = ${queue.id} and t.assigned_to is distinct from last.assignee`,
    );
    expect(disagreements).toEqual([]);
  });
});
