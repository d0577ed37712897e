import { sql } from 'drizzle-orm';
import { clientTiers, satisfactionResponses } from '../modules/clients/schema';
import { addBusinessMillis } from '../modules/tickets/business-calendar.util';
import {
  defaultPriorityRules,
  type PriorityVerdict,
  prioritise,
  priorityOrder,
  type TicketChannel,
} from '../modules/tickets/priority-rules.util';
import { priorityWeights, type TicketPriority } from '../modules/tickets/routing.util';
import {
  type TicketSlaClocks,
  ticketComments,
  ticketEvents,
  ticketSlaChecks,
  ticketSurveys,
  tickets,
} from '../modules/tickets/schema';
import {
  completeClock,
  dueAt,
  instantAtShare,
  pauseClock,
  startClock,
} from '../modules/tickets/sla-clock.util';
import { queryRows } from '../platform/db/database';
import type { ClientPlan, OrderBook } from './client.seed';
import { satisfactionComments, ticketReplies, ticketTopics } from './demo-catalog';
import { breathe, DAY, HOUR, pipeline, type SeedContext } from './seed-context';
import { SeedError } from './seed-error';
import { nextId, type SeedRow } from './seed-insert.util';
import { loadPhase } from './seed-load.util';
import {
  type AgentLoad,
  type SeedAgent,
  type SeedCategory,
  type SeedSlaPolicy,
  type SupportSetup,
  seedAgentStates,
} from './support.seed';

const MINUTE = 60_000;
const HISTORY_DAYS = 730;
// The support team's current work arrived over these last days (on top of the steady stream).
const RECENT_DAYS = 4;
// Beyond every active ticket, about this many get their whole thread, history and survey; the rest only
// their own row, which is what the inbox, the reports and the benchmarks read.
const DETAILED_TICKETS = 20_000;
// A resolved ticket closes by itself after the reopen window (ticket_settings.reopen_window_hours).
const AUTO_CLOSE_MS = 7 * DAY;
const SURVEY_DAYS = 30;

type Status = (typeof tickets.$inferSelect)['status'];
type Channel = TicketChannel;
type Topic = (typeof ticketTopics)[number];

/** Who asks on behalf of each client: its primary contact. */
type Requesters = { contactId: Int32Array; name: string[]; email: string[] };

/** The tickets' clients, times and orders, decided first and numbered by time (ids grow as in a real system). */
type TicketPlan = {
  count: number;
  opened: Float64Array;
  client: Int32Array;
  /** Position of the related order in the order book; -1 for none. */
  order: Int32Array;
  /** 1: a duplicate of the ticket before it (same client), merged into it. */
  duplicate: Uint8Array;
  /** Tickets opened the last few days: the newest this many are the team's current work. */
  window: number;
  /** Chance that an older ticket is still open (long-running, on hold or waiting on the customer). */
  stragglerChance: number;
};

type Batch = {
  ticketRows: SeedRow<typeof tickets>[];
  slaCheckRows: SeedRow<typeof ticketSlaChecks>[];
  commentRows: SeedRow<typeof ticketComments>[];
  eventRows: SeedRow<typeof ticketEvents>[];
  surveyRows: SeedRow<typeof ticketSurveys>[];
  satisfactionRows: SeedRow<typeof satisfactionResponses>[];
};

type TicketJob = {
  plan: ClientPlan;
  book: OrderBook;
  tickets: TicketPlan;
  setup: SupportSetup;
  requesters: Requesters;
  firstTicketId: number;
  firstOrderId: number;
  nextCommentId: number;
  nextSurveyId: number;
  detailShare: number;
  loads: Map<number, AgentLoad>;
  verdicts: Map<string, PriorityVerdict>;
  previous: { id: number; topic: number; variant: number; category: SeedCategory } | null;
  batch: Batch;
};

/**
 * Support tickets of the last two years, worked by the support team: each one's channel, category and
 * queue, requester, priority as the default rules set it (a few overridden by staff, with the reason), its
 * assignee, first response, resolution and closing, and SLA columns as the engine keeps them. The newest
 * tickets are the team's current work (new, open, pending, on hold), assigned within agents' capacities;
 * their SLA clocks are computed with the calendar and clock utils, the finished ones' business times with a
 * table of the same calendar. Active tickets and a sample of the rest get their thread, history and survey.
 * Finally each agent's state, with the load its tickets make.
 */
export async function seedTickets(
  context: SeedContext,
  options: { count: number; plan: ClientPlan; book: OrderBook; setup: SupportSetup },
): Promise<Record<string, number>> {
  const { plan, book, setup } = options;
  const count = plan.count === 0 ? 0 : options.count;
  const counts = { tickets: count, ticketComments: 0, ticketEvents: 0, ticketSurveys: 0 };
  const loads = new Map<number, AgentLoad>();
  if (count > 0) {
    context.progress('tickets', 0, count);
    const requesters = await loadRequesters(context, plan);
    const [firstOrder] = await queryRows<{ id: number | null }>(
      context.db,
      sql`select min(id)::int as id from orders`,
    );
    const ticketPlan = planTickets(context, { count, plan, book, target: activeTarget(setup, count) });
    await loadPhase(
      context.db,
      {
        tables: [tickets, ticketSlaChecks, ticketComments, ticketEvents, ticketSurveys],
        rebuild: count >= context.rebuildFromRows,
        onProgress: context.progress,
      },
      async (transaction) => {
        const job: TicketJob = {
          plan,
          book,
          tickets: ticketPlan,
          setup,
          requesters,
          firstTicketId: await nextId(transaction, tickets),
          firstOrderId: firstOrder?.id ?? 1,
          nextCommentId: await nextId(transaction, ticketComments),
          nextSurveyId: await nextId(transaction, ticketSurveys),
          detailShare: Math.min(1, DETAILED_TICKETS / count),
          loads,
          verdicts: new Map(),
          previous: null,
          batch: emptyBatch(),
        };
        await pipeline({
          executor: transaction,
          total: count,
          batchSize: context.batchSize,
          onWritten: (done) => context.progress('tickets', done, count),
          generate: async (first, size) => {
            const batch = emptyBatch();
            job.batch = batch;
            for (let position = first; position < first + size; position++) {
              if ((position & 127) === 0) await breathe();
              generateTicket(context, job, position);
            }
            counts.ticketComments += batch.commentRows.length;
            counts.ticketEvents += batch.eventRows.length;
            counts.ticketSurveys += batch.surveyRows.length;
            return [
              context.writer.prepare(tickets, batch.ticketRows),
              context.writer.prepare(ticketSlaChecks, batch.slaCheckRows),
              context.writer.prepare(ticketComments, batch.commentRows),
              context.writer.prepare(ticketEvents, batch.eventRows),
              context.writer.prepare(ticketSurveys, batch.surveyRows),
              context.writer.prepare(satisfactionResponses, batch.satisfactionRows),
            ];
          },
        });
      },
    );
  }
  const agentStates = await seedAgentStates(context, { setup, loads });
  return { ...counts, agentStates };
}

const emptyBatch = (): Batch => ({
  ticketRows: [],
  slaCheckRows: [],
  commentRows: [],
  eventRows: [],
  surveyRows: [],
  satisfactionRows: [],
});

/**
 * How many tickets the team is working on: about two thirds of the online agents' capacity, and a
 * pending share on top (pending tickets wait on the customer and count towards nobody's load); never more
 * than a twentieth of all tickets, so a small data set still has mostly history.
 */
function activeTarget(setup: SupportSetup, count: number): number {
  let capacity = 0;
  for (const agent of setup.agents.values()) if (agent.availability === 'online') capacity += agent.capacity;
  return Math.max(1, Math.min(Math.round((capacity * 0.65) / 0.7), Math.round(count * 0.05)));
}

/** Each client's primary contact, read in slices (a million clients is a lot of names at once). */
async function loadRequesters(context: SeedContext, plan: ClientPlan): Promise<Requesters> {
  const requesters: Requesters = {
    contactId: new Int32Array(plan.count),
    name: new Array<string>(plan.count).fill(''),
    email: new Array<string>(plan.count).fill(''),
  };
  const slice = 100_000;
  for (let start = plan.firstId; start < plan.firstId + plan.count; start += slice) {
    const rows = await queryRows<{ client_id: number; id: number; name: string; email: string | null }>(
      context.db,
      sql`select client_id, id, name, email from client_contacts
          where is_primary and client_id >= ${start} and client_id < ${start + slice}`,
    );
    for (const row of rows) {
      const client = row.client_id - plan.firstId;
      requesters.contactId[client] = row.id;
      requesters.name[client] = row.name;
      requesters.email[client] = row.email ?? '';
    }
  }
  return requesters;
}

const wholeSecond = (epochMs: number) => Math.floor(epochMs / 1000) * 1000;

/**
 * When each ticket was opened and by whom: the steady stream over two years (a quarter of it about one of
 * the client's orders, opened after the order), plus the current work of the last few days; sorted by time.
 * The showcase client (the demo customer's) gets a few tickets old and new; a few tickets are duplicates of
 * the one before, to be merged.
 */
function planTickets(
  context: SeedContext,
  options: { count: number; plan: ClientPlan; book: OrderBook; target: number },
): TicketPlan {
  const { random, asOf } = context;
  const { count, plan, book, target } = options;
  const latest = asOf - MINUTE;
  const opened = new Float64Array(count);
  const client = new Int32Array(count);
  const order = new Int32Array(count).fill(-1);
  const recent = Math.min(Math.round(count * 0.06), Math.round(target * 1.5));
  const openedAfter = (earliest: number) => {
    const from = Math.min(earliest, latest);
    return wholeSecond(random.between(from, Math.max(from, latest)));
  };
  for (let index = 0; index < count; index++) {
    if (index >= recent && book.count > 0 && random.chance(0.25)) {
      const position = random.int(0, book.count - 1);
      const placedAt = book.placedAt[position] as number;
      client[index] = book.clientIndex[position] as number;
      order[index] = position;
      let at = wholeSecond(random.between(placedAt + HOUR, placedAt + 21 * DAY));
      if (at > latest) at = wholeSecond(random.between(placedAt, Math.max(placedAt, latest)));
      opened[index] = Math.min(wholeSecond(latest), Math.max(Math.ceil(placedAt / 1000) * 1000, at));
      continue;
    }
    const chosen = random.int(0, plan.count - 1);
    const createdAt = Math.ceil((plan.createdAt[chosen] as number) / 1000) * 1000;
    const windowStart = asOf - (index < recent ? RECENT_DAYS : HISTORY_DAYS) * DAY;
    client[index] = chosen;
    opened[index] = Math.max(createdAt, openedAfter(Math.max(createdAt, windowStart)));
  }

  // Oldest first: whole seconds since the earliest, with the index in the low bits (unique, deterministic).
  const positionBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const base = opened.reduce((earliest, at) => Math.min(earliest, at), Number.POSITIVE_INFINITY);
  if (positionBits + Math.ceil(Math.log2((asOf - base) / 1000 + 2)) > 53)
    throw new SeedError('Too many tickets to number by time');
  const scale = 2 ** positionBits;
  const keys = new Float64Array(count);
  for (let index = 0; index < count; index++)
    keys[index] = (((opened[index] as number) - base) / 1000) * scale + index;
  keys.sort();
  const sorted: TicketPlan = {
    count,
    opened: new Float64Array(count),
    client: new Int32Array(count),
    order: new Int32Array(count),
    duplicate: new Uint8Array(count),
    window: Math.round(target * 1.4),
    stragglerChance: count > target * 1.4 ? (0.03 * target) / (count - target * 1.4) : 0,
  };
  for (let position = 0; position < count; position++) {
    const index = (keys[position] as number) % scale;
    sorted.opened[position] = opened[index] as number;
    sorted.client[position] = client[index] as number;
    sorted.order[position] = order[index] as number;
  }
  // The showcase client: two tickets among the current work, three finished ones.
  const showcaseRanks = [1, 5, sorted.window + 2, sorted.window + 9, sorted.window + 30];
  const showcase = new Set(showcaseRanks.filter((rank) => rank < count).map((rank) => count - 1 - rank));
  for (const position of showcase) {
    sorted.client[position] = 0;
    sorted.order[position] = -1;
  }
  for (let position = 1; position < count; position++) {
    if (showcase.has(position) || showcase.has(position - 1) || !random.chance(0.003)) continue;
    sorted.client[position] = sorted.client[position - 1] as number;
    sorted.order[position] = sorted.order[position - 1] as number;
    sorted.duplicate[position] = 1;
  }
  return sorted;
}

const channelWeights: readonly (readonly [Channel, number])[] = [
  ['email', 35],
  ['portal', 30],
  ['chat', 15],
  ['phone', 12],
  ['api', 8],
];
const orderTopics = ticketTopics.flatMap((topic, index) =>
  topic.aboutOrder ? [[index, topic.weight] as const] : [],
);
const otherTopics = ticketTopics.map(
  (topic, index) => [index, topic.weight * (topic.aboutOrder ? 0.3 : 1)] as const,
);

/** One ticket with everything about it. */
function generateTicket(context: SeedContext, job: TicketJob, position: number): void {
  const { random, asOf } = context;
  const { plan, tickets: ticketPlan, setup } = job;
  const id = job.firstTicketId + position;
  const rank = ticketPlan.count - 1 - position;
  const opened = ticketPlan.opened[position] as number;
  const clientIndex = ticketPlan.client[position] as number;
  const orderPosition = ticketPlan.order[position] as number;
  const tier = clientTiers[plan.tier[clientIndex] as number] ?? null;
  const duplicateOf = ticketPlan.duplicate[position] === 1 ? job.previous : null;

  const topicIndex = duplicateOf?.topic ?? random.weighted(orderPosition >= 0 ? orderTopics : otherTopics);
  const topic = ticketTopics[topicIndex] as Topic;
  const variant = duplicateOf?.variant ?? random.int(0, topic.descriptions.length - 1);
  const description = topic.descriptions[variant] as string;
  const category = duplicateOf?.category ?? (setup.categories.get(topic.category) as SeedCategory);
  const queue = category.queue;
  const channel = random.weighted(channelWeights);
  const verdict = verdictFor(job, { topicIndex, variant, channel, tier });
  const manual = !duplicateOf && random.chance(0.04) ? manualPriority(context, verdict.priority) : null;
  const priority = manual?.priority ?? verdict.priority;
  const policy = setup.policyFor(priority, tier);
  const age = asOf - opened;

  // Where the ticket stands: the newest are mostly the current work, a few old ones are still open.
  let status: Status;
  if (duplicateOf) status = 'closed';
  else if (rank < ticketPlan.window && random.next() < 1 - (rank / ticketPlan.window) ** 2) {
    status =
      age < 2 * HOUR && random.chance(0.6)
        ? 'new'
        : random.weighted([
            ['open', 55],
            ['pending', 28],
            ['on_hold', 10],
            ['new', 7],
          ] as const);
  } else if (rank >= ticketPlan.window && random.next() < ticketPlan.stragglerChance) {
    status = random.chance(0.5) ? 'pending' : 'on_hold';
  } else status = 'resolved';
  // A reply needs a moment: a ticket opened a minute ago has none yet.
  if (!duplicateOf && age < 3 * MINUTE) status = 'new';
  const active = status === 'new' || status === 'open' || status === 'pending' || status === 'on_hold';

  const timeline = active
    ? activeTimeline(context, { policy, opened, status })
    : duplicateOf
      ? mergedTimeline(context, { policy, opened })
      : finishedTimeline(context, { policy, opened });
  if (!active && !duplicateOf) status = timeline.closedAt === null ? 'resolved' : 'closed';

  // The assignee: working tickets only to agents with room (as routing does), others to any queue member.
  const working = status === 'new' || status === 'open' || status === 'on_hold';
  const assignee = working
    ? chooseAgent(job, category, { onlineOnly: status === 'new' })
    : duplicateOf || queue.memberIds.length === 0
      ? null
      : (setup.agents.get(random.pick(queue.memberIds)) ?? null);
  const assignedAt =
    assignee === null
      ? null
      : Math.min(opened + random.int(1, 30) * 1000, timeline.respondedAt ?? timeline.closedAt ?? asOf);
  if (assignee && assignedAt !== null) {
    const load = job.loads.get(assignee.employeeId) ?? {
      activeTickets: 0,
      weightedLoad: 0,
      lastAssignedAt: null,
    };
    if (working) {
      load.activeTickets += 1;
      load.weightedLoad += priorityWeights[priority];
    }
    load.lastAssignedAt = Math.max(load.lastAssignedAt ?? 0, assignedAt);
    job.loads.set(assignee.employeeId, load);
  }

  const tags = new Set<string>();
  if (random.chance(0.45)) tags.add(random.pick(topic.tags));
  if (tier === 'platinum' && random.chance(0.5)) tags.add('vip');
  if (timeline.sla.firstResponseBreachedAt !== null || timeline.sla.resolutionBreachedAt !== null) {
    if (random.chance(0.3)) tags.add('escalated');
  }
  const requesterName = job.requesters.name[clientIndex] || null;
  const requesterEmail = job.requesters.email[clientIndex] || null;
  const { nextCheckAt, ...slaMarkersAndColumns } = timeline.sla;
  const { firstResponseWarnedAt, firstResponseBreachedAt, resolutionWarnedAt, resolutionBreachedAt, ...sla } =
    slaMarkersAndColumns;
  const check = {
    nextCheckAt,
    firstResponseWarnedAt,
    firstResponseBreachedAt,
    resolutionWarnedAt,
    resolutionBreachedAt,
  };
  // A check row of nulls says no more than no row: only tickets the sweep has done or will do something for.
  if (Object.values(check).some((value) => value !== null))
    job.batch.slaCheckRows.push({ ticketId: id, ...check });
  const updatedAt = Math.max(
    opened,
    assignedAt ?? 0,
    timeline.respondedAt ?? 0,
    timeline.pausedAt ?? 0,
    timeline.onHoldAt ?? 0,
    timeline.resolvedAt ?? 0,
    timeline.closedAt ?? 0,
  );
  job.batch.ticketRows.push({
    id,
    clientId: plan.firstId + clientIndex,
    assignedTo: assignee?.employeeId ?? null,
    title: topic.subject,
    description,
    priority,
    status,
    resolvedAt: timeline.resolvedAt,
    requesterContactId: job.requesters.contactId[clientIndex] || null,
    requesterEmail,
    requesterName,
    channel,
    categoryId: category.id,
    queueId: queue.id,
    tags: [...tags],
    orderId: orderPosition >= 0 ? job.firstOrderId + orderPosition : null,
    prioritySource: manual ? 'manual' : 'rules',
    priorityReason: manual ? manual.reason : verdict.reasons.join('; '),
    assignedAt,
    mergedIntoId: duplicateOf?.id ?? null,
    firstRespondedAt: timeline.respondedAt,
    closedAt: timeline.closedAt,
    reopenCount: !active && !duplicateOf && random.chance(0.03) ? 1 : 0,
    ...sla,
    createdAt: opened,
    updatedAt,
  });

  if (active || random.chance(job.detailShare)) {
    writeThread(context, job, {
      id,
      clientId: plan.firstId + clientIndex,
      opened,
      status,
      channel,
      priority,
      rulesPriority: verdict.priority,
      verdict,
      manual,
      category,
      assignee,
      assignedAt,
      timeline,
      orderId: orderPosition >= 0 ? job.firstOrderId + orderPosition : null,
      requesterName: requesterName ?? 'Customer',
      duplicateOf: duplicateOf?.id ?? null,
    });
  }
  job.previous = { id, topic: topicIndex, variant, category };
}

/** The default rules' verdict, worked out once per kind of ticket: the rules read only these. */
function verdictFor(
  job: TicketJob,
  ticket: { topicIndex: number; variant: number; channel: Channel; tier: string | null },
): PriorityVerdict {
  const key = `${ticket.topicIndex}/${ticket.variant}/${ticket.channel}/${ticket.tier}`;
  let verdict = job.verdicts.get(key);
  if (!verdict) {
    const topic = ticketTopics[ticket.topicIndex] as Topic;
    verdict = prioritise(
      {
        title: topic.subject,
        description: topic.descriptions[ticket.variant] as string,
        channel: ticket.channel,
        clientTier: ticket.tier,
        orderTotal: null,
      },
      defaultPriorityRules,
    );
    job.verdicts.set(key, verdict);
  }
  return verdict;
}

/** A person moved the priority one step, with the reason they gave. */
function manualPriority(context: SeedContext, rules: TicketPriority) {
  const { random } = context;
  const rank = priorityOrder.indexOf(rules);
  const up = rank < priorityOrder.length - 1 && (rank === 0 || random.chance(0.7));
  return {
    priority: priorityOrder[rank + (up ? 1 : -1)] as TicketPriority,
    reason: random.pick(up ? ticketReplies.manualPriority.up : ticketReplies.manualPriority.down),
  };
}

/**
 * The agent routing would have chosen: an online member of the queue (or, for work already under way, one
 * who stepped away since) with room and, in a skill-based queue, the category's skill; the least loaded
 * for their capacity. Null when nobody qualifies: the ticket waits in its queue.
 */
function chooseAgent(
  job: TicketJob,
  category: SeedCategory,
  options: { onlineOnly: boolean },
): SeedAgent | null {
  const { queue } = category;
  let best: SeedAgent | null = null;
  let bestShare = Number.POSITIVE_INFINITY;
  for (const employeeId of queue.memberIds) {
    const agent = job.setup.agents.get(employeeId);
    if (!agent) continue;
    if (agent.availability === 'offline' || (options.onlineOnly && agent.availability !== 'online')) continue;
    if (
      queue.strategy === 'skill_based' &&
      category.skillId !== null &&
      (agent.skills.get(category.skillId) ?? 0) < category.minLevel
    )
      continue;
    const load = job.loads.get(employeeId)?.activeTickets ?? 0;
    if (load >= agent.capacity) continue;
    const share = load / agent.capacity;
    if (share < bestShare) {
      best = agent;
      bestShare = share;
    }
  }
  return best;
}

type SlaColumns = {
  slaPolicyId: number;
  slaClocks: TicketSlaClocks;
  firstResponseWarnAt: number | null;
  firstResponseDueAt: number | null;
  resolutionWarnAt: number | null;
  resolutionDueAt: number | null;
  firstResponseWarnedAt: number | null;
  firstResponseBreachedAt: number | null;
  resolutionWarnedAt: number | null;
  resolutionBreachedAt: number | null;
  nextCheckAt: number | null;
  firstResponseBusinessMs: number | null;
  resolutionBusinessMs: number | null;
};

type Timeline = {
  respondedAt: number | null;
  /** Since when a pending ticket waits on the customer. */
  pausedAt: number | null;
  onHoldAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** The instants the targets were (or will be) warned of and due, as the clocks first counted them. */
  firstResponseWarn: number;
  firstResponseDue: number;
  resolutionWarn: number;
  resolutionDue: number;
  sla: SlaColumns;
};

/** Mostly within target, sometimes late: the share of a target a reply or resolution takes. */
const targetShare = (context: SeedContext) =>
  context.random.chance(0.85) ? context.random.between(0.1, 0.95) : context.random.between(1, 2.5);

const earliest = (...instants: (number | null)[]): number | null => {
  let soonest: number | null = null;
  for (const instant of instants)
    if (instant !== null && (soonest === null || instant < soonest)) soonest = instant;
  return soonest;
};

/** A warning or breach the sweep has already acted on: its instant, if the clock reached it while running. */
const reached = (instant: number, runningUntil: number) => (instant <= runningUntil ? instant : null);

/**
 * Current work, with the calendar and clock utils exactly as the engine runs them: the clocks start at
 * opening, the first response completes its clock, pending pauses the resolution clock. Warnings and
 * breaches already due carry the sweep's markers; the next check is the earliest not yet acted on.
 */
function activeTimeline(
  context: SeedContext,
  options: { policy: SeedSlaPolicy; opened: number; status: Status },
): Timeline {
  const { random, asOf } = context;
  const { policy, opened, status } = options;
  const { calendar, warnShare } = policy;
  const start = new Date(opened);
  const latest = asOf - MINUTE;
  let firstResponse = startClock(policy.firstResponseMs, start);
  let resolution = startClock(policy.resolutionMs, start);
  const instant = (value: Date | null) => (value as Date).getTime();
  const firstResponseWarn = instant(instantAtShare(calendar, firstResponse, warnShare));
  const firstResponseDue = instant(dueAt(calendar, firstResponse));
  const resolutionWarn = instant(instantAtShare(calendar, resolution, warnShare));
  const resolutionDue = instant(dueAt(calendar, resolution));

  let respondedAt: number | null = null;
  if (status !== 'new') {
    respondedAt = addBusinessMillis(calendar, start, policy.firstResponseMs * targetShare(context)).getTime();
    if (respondedAt > latest) respondedAt = opened + (latest - opened) * random.between(0.1, 0.8);
    respondedAt = Math.max(opened + 1000, wholeSecond(respondedAt));
    firstResponse = completeClock(calendar, firstResponse, new Date(respondedAt));
  }
  const since = (from: number) =>
    Math.max(from + 1000, wholeSecond(from + (asOf - from) * random.between(0.1, 0.9)));
  const pausedAt = status === 'pending' ? since(respondedAt as number) : null;
  const onHoldAt = status === 'on_hold' ? since(respondedAt as number) : null;
  if (pausedAt !== null) resolution = pauseClock(calendar, resolution, new Date(pausedAt));

  const firstResponseUntil = Math.min(respondedAt ?? asOf, asOf);
  const resolutionUntil = Math.min(pausedAt ?? asOf, asOf);
  const markers = {
    firstResponseWarnedAt: reached(firstResponseWarn, firstResponseUntil),
    firstResponseBreachedAt: reached(firstResponseDue, firstResponseUntil),
    resolutionWarnedAt: reached(resolutionWarn, resolutionUntil),
    resolutionBreachedAt: reached(resolutionDue, resolutionUntil),
  };
  const current = {
    firstResponseWarnAt: respondedAt === null ? firstResponseWarn : null,
    firstResponseDueAt: respondedAt === null ? firstResponseDue : null,
    resolutionWarnAt: pausedAt === null ? resolutionWarn : null,
    resolutionDueAt: pausedAt === null ? resolutionDue : null,
  };
  return {
    respondedAt,
    pausedAt,
    onHoldAt,
    resolvedAt: null,
    closedAt: null,
    firstResponseWarn,
    firstResponseDue,
    resolutionWarn,
    resolutionDue,
    sla: {
      slaPolicyId: policy.id,
      slaClocks: { firstResponse, resolution },
      ...current,
      ...markers,
      nextCheckAt: earliest(
        markers.firstResponseWarnedAt === null ? current.firstResponseWarnAt : null,
        markers.firstResponseBreachedAt === null ? current.firstResponseDueAt : null,
        markers.resolutionWarnedAt === null ? current.resolutionWarnAt : null,
        markers.resolutionBreachedAt === null ? current.resolutionDueAt : null,
      ),
      firstResponseBusinessMs: respondedAt === null ? null : firstResponse.elapsedMs,
      resolutionBusinessMs: null,
    },
  };
}

/**
 * A finished ticket's SLA from the calendar's table: both clocks completed, the business time each took,
 * and the markers of the warnings and breaches the sweep gave while they ran.
 */
function finishedSla(
  policy: SeedSlaPolicy,
  ticket: { opened: number; respondedAt: number | null; resolvedAt: number | null; closedAt: number | null },
) {
  const { table, warnShare } = policy;
  const { opened } = ticket;
  const firstResponseEnd = ticket.respondedAt ?? ticket.resolvedAt ?? (ticket.closedAt as number);
  const resolutionEnd = ticket.resolvedAt ?? (ticket.closedAt as number);
  const firstResponseMs = table.millisBetween(opened, firstResponseEnd);
  const resolutionMs = table.millisBetween(opened, resolutionEnd);
  const firstResponseWarn = table.addMillis(opened, Math.round(policy.firstResponseMs * warnShare));
  const firstResponseDue = table.addMillis(opened, policy.firstResponseMs);
  const resolutionWarn = table.addMillis(opened, Math.round(policy.resolutionMs * warnShare));
  const resolutionDue = table.addMillis(opened, policy.resolutionMs);
  const completed = (targetMs: number, elapsedMs: number, at: number) => ({
    targetMs,
    elapsedMs,
    runningSince: null,
    completedAt: new Date(at),
  });
  const sla: SlaColumns = {
    slaPolicyId: policy.id,
    slaClocks: {
      firstResponse: completed(policy.firstResponseMs, firstResponseMs, firstResponseEnd),
      resolution: completed(policy.resolutionMs, resolutionMs, resolutionEnd),
    },
    firstResponseWarnAt: null,
    firstResponseDueAt: null,
    resolutionWarnAt: null,
    resolutionDueAt: null,
    firstResponseWarnedAt: reached(firstResponseWarn, firstResponseEnd),
    firstResponseBreachedAt: reached(firstResponseDue, firstResponseEnd),
    resolutionWarnedAt: reached(resolutionWarn, resolutionEnd),
    resolutionBreachedAt: reached(resolutionDue, resolutionEnd),
    nextCheckAt: null,
    firstResponseBusinessMs: ticket.respondedAt === null ? null : firstResponseMs,
    resolutionBusinessMs: ticket.resolvedAt === null ? null : resolutionMs,
  };
  return { sla, firstResponseWarn, firstResponseDue, resolutionWarn, resolutionDue };
}

/** Answered and resolved, and closed after the reopen window (or sooner, by the customer). */
function finishedTimeline(
  context: SeedContext,
  options: { policy: SeedSlaPolicy; opened: number },
): Timeline {
  const { random, asOf } = context;
  const { policy, opened } = options;
  const latest = asOf - MINUTE;
  let respondedAt = policy.table.addMillis(opened, policy.firstResponseMs * targetShare(context));
  let resolvedAt = policy.table.addMillis(opened, policy.resolutionMs * targetShare(context));
  if (resolvedAt <= respondedAt) resolvedAt = respondedAt + random.between(10 * MINUTE, 2 * HOUR);
  if (resolvedAt > latest) {
    // Resolved quickly: it was opened not long ago.
    resolvedAt = opened + (latest - opened) * random.between(0.5, 1);
    respondedAt = opened + (resolvedAt - opened) * random.between(0.1, 0.6);
  }
  respondedAt = Math.max(opened + 1000, wholeSecond(respondedAt));
  resolvedAt = Math.max(respondedAt + 1000, wholeSecond(resolvedAt));
  let closedAt: number | null = null;
  if (asOf - resolvedAt > AUTO_CLOSE_MS) {
    closedAt = random.chance(0.3) ? resolvedAt + random.between(HOUR, 6 * DAY) : resolvedAt + AUTO_CLOSE_MS;
  } else if (random.chance(0.25)) {
    closedAt = resolvedAt + (asOf - resolvedAt) * random.next();
  }
  if (closedAt !== null) closedAt = Math.min(asOf, Math.max(resolvedAt + 1000, wholeSecond(closedAt)));
  const { sla, ...instants } = finishedSla(policy, { opened, respondedAt, resolvedAt, closedAt });
  return { respondedAt, pausedAt: null, onHoldAt: null, resolvedAt, closedAt, ...instants, sla };
}

/** A duplicate, closed as merged into the ticket before it soon after it came in. */
function mergedTimeline(context: SeedContext, options: { policy: SeedSlaPolicy; opened: number }): Timeline {
  const { random, asOf } = context;
  const { policy, opened } = options;
  const closedAt = Math.min(asOf, wholeSecond(opened + random.between(5 * MINUTE, 2 * HOUR)));
  const { sla, ...instants } = finishedSla(policy, { opened, respondedAt: null, resolvedAt: null, closedAt });
  return { respondedAt: null, pausedAt: null, onHoldAt: null, resolvedAt: null, closedAt, ...instants, sla };
}

type ThreadFacts = {
  id: number;
  clientId: number;
  opened: number;
  status: Status;
  channel: Channel;
  priority: TicketPriority;
  rulesPriority: TicketPriority;
  verdict: PriorityVerdict;
  manual: { priority: TicketPriority; reason: string } | null;
  category: SeedCategory;
  assignee: SeedAgent | null;
  assignedAt: number | null;
  timeline: Timeline;
  orderId: number | null;
  requesterName: string;
  duplicateOf: number | null;
};

type Moment = {
  at: number;
  comment?: { body: string; visibility: 'public' | 'internal'; author: SeedAgent | 'customer' };
  events: { kind: string; data: Record<string, unknown>; by: SeedAgent | 'customer' | null }[];
};

const iso = (epochMs: number) => new Date(epochMs).toISOString();

/**
 * The ticket's thread and history as the services would have written them: created and routed, the first
 * reply, notes, customer replies, SLA warnings and breaches, pauses, resolution, the survey and its answer,
 * closing or merging.
 */
function writeThread(context: SeedContext, job: TicketJob, ticket: ThreadFacts): void {
  const { random, asOf } = context;
  const { timeline, category, assignee } = ticket;
  const { queue } = category;
  const moments: Moment[] = [];
  const at = (when: number, moment: Omit<Moment, 'at'>) => moments.push({ at: when, ...moment });
  const end = timeline.closedAt ?? timeline.resolvedAt ?? timeline.pausedAt ?? timeline.onHoldAt ?? asOf;
  const staff =
    assignee ??
    (queue.memberIds.length > 0 ? (job.setup.agents.get(random.pick(queue.memberIds)) ?? null) : null);

  at(ticket.opened, {
    events: [
      {
        kind: 'created',
        by: ticket.channel === 'phone' ? staff : 'customer',
        data: {
          status: 'new',
          channel: ticket.channel,
          priority: ticket.rulesPriority,
          prioritySource: 'rules',
          priorityReasons: ticket.verdict.reasons,
          categoryId: category.id,
          orderId: ticket.orderId,
        },
      },
    ],
  });
  if (assignee && ticket.assignedAt !== null) {
    at(ticket.assignedAt, {
      events: [
        {
          kind: 'assigned',
          by: null,
          data: {
            from: null,
            to: assignee.employeeId,
            automatic: true,
            reason: `new ticket in ${queue.name}; ${strategyReason(queue.strategy)}`,
            strategy: queue.strategy,
            queueId: queue.id,
            queueName: queue.name,
          },
        },
      ],
    });
  } else if (!ticket.duplicateOf) {
    at(ticket.opened, {
      events: [
        {
          kind: 'queued',
          by: null,
          data: {
            queueId: queue.id,
            queueName: queue.name,
            reason: `new ticket; waiting in ${queue.name}: no agent with room is online`,
          },
        },
      ],
    });
  }
  if (ticket.manual) {
    at(Math.min(end, ticket.opened + random.int(2, 60) * MINUTE), {
      events: [
        {
          kind: 'priority_changed',
          by: staff,
          data: { from: ticket.rulesPriority, to: ticket.priority, reason: ticket.manual.reason },
        },
      ],
    });
  }
  if (staff && timeline.respondedAt !== null) {
    at(timeline.respondedAt, {
      comment: { body: random.pick(ticketReplies.firstResponse), visibility: 'public', author: staff },
      events: [
        { kind: 'commented', by: staff, data: { authorKind: 'staff', firstResponse: true } },
        { kind: 'status_changed', by: staff, data: { from: 'new', to: 'open', reason: null } },
      ],
    });
    if (random.chance(0.4)) {
      at(wholeSecond(timeline.respondedAt + (end - timeline.respondedAt) * random.between(0.2, 0.9)), {
        comment: { body: random.pick(ticketReplies.customer), visibility: 'public', author: 'customer' },
        events: [{ kind: 'commented', by: 'customer', data: { authorKind: 'customer' } }],
      });
    }
  }
  if (staff && random.chance(0.35)) {
    at(wholeSecond(ticket.opened + (end - ticket.opened) * random.between(0.1, 0.9)), {
      comment: { body: random.pick(ticketReplies.internal), visibility: 'internal', author: staff },
      events: [{ kind: 'note_added', by: staff, data: {} }],
    });
  }
  const slaEvent = (
    kind: 'sla_warning' | 'sla_breached',
    target: string,
    when: number | null,
    due: number,
  ) => {
    if (when !== null) at(when, { events: [{ kind, by: null, data: { target, dueAt: iso(due) } }] });
  };
  const { sla } = timeline;
  slaEvent('sla_warning', 'first_response', sla.firstResponseWarnedAt, timeline.firstResponseDue);
  slaEvent('sla_breached', 'first_response', sla.firstResponseBreachedAt, timeline.firstResponseDue);
  slaEvent('sla_warning', 'resolution', sla.resolutionWarnedAt, timeline.resolutionDue);
  slaEvent('sla_breached', 'resolution', sla.resolutionBreachedAt, timeline.resolutionDue);
  if (staff && timeline.pausedAt !== null) {
    at(timeline.pausedAt, {
      comment: { body: random.pick(ticketReplies.askCustomer), visibility: 'public', author: staff },
      events: [
        { kind: 'commented', by: staff, data: { authorKind: 'staff' } },
        { kind: 'status_changed', by: staff, data: { from: 'open', to: 'pending', reason: null } },
      ],
    });
  }
  if (staff && timeline.onHoldAt !== null) {
    const reason = random.pick(ticketReplies.onHold);
    at(timeline.onHoldAt, {
      comment: { body: reason, visibility: 'internal', author: staff },
      events: [
        { kind: 'note_added', by: staff, data: {} },
        { kind: 'status_changed', by: staff, data: { from: 'open', to: 'on_hold', reason } },
      ],
    });
  }
  if (staff && timeline.resolvedAt !== null) {
    at(timeline.resolvedAt, {
      comment: { body: random.pick(ticketReplies.resolution), visibility: 'public', author: staff },
      events: [
        { kind: 'commented', by: staff, data: { authorKind: 'staff' } },
        { kind: 'status_changed', by: staff, data: { from: 'open', to: 'resolved', reason: null } },
      ],
    });
    writeSurvey(context, job, ticket, timeline.resolvedAt, (when, event) => at(when, { events: [event] }));
  }
  if (timeline.closedAt !== null) {
    if (ticket.duplicateOf !== null) {
      at(timeline.closedAt, {
        events: [
          { kind: 'merged', by: staff, data: { intoTicketId: ticket.duplicateOf } },
          {
            kind: 'status_changed',
            by: staff,
            data: { from: 'new', to: 'closed', reason: `Duplicate of #${ticket.duplicateOf}` },
          },
        ],
      });
    } else {
      const automatic = (timeline.closedAt as number) - (timeline.resolvedAt as number) === AUTO_CLOSE_MS;
      at(timeline.closedAt, {
        events: [
          {
            kind: 'status_changed',
            by: automatic ? null : 'customer',
            data: {
              from: 'resolved',
              to: 'closed',
              reason: automatic ? 'No reply within the reopen window' : 'Closed by the customer',
            },
          },
        ],
      });
    }
  }

  // In time order (stable: a moment's own order stays), comments numbered as they come.
  moments.sort((a, b) => a.at - b.at);
  for (const moment of moments) {
    let commentId: number | null = null;
    if (moment.comment) {
      const { author } = moment.comment;
      commentId = job.nextCommentId++;
      job.batch.commentRows.push({
        id: commentId,
        ticketId: ticket.id,
        authorUserId: author === 'customer' ? null : author.userId,
        authorName: author === 'customer' ? ticket.requesterName : author.name,
        authorKind: author === 'customer' ? 'customer' : 'staff',
        visibility: moment.comment.visibility,
        body: moment.comment.body,
        createdAt: moment.at,
      });
    }
    for (const event of moment.events) {
      const byStaff = event.by !== null && event.by !== 'customer';
      const withComment = commentId !== null && (event.kind === 'commented' || event.kind === 'note_added');
      job.batch.eventRows.push({
        ticketId: ticket.id,
        kind: event.kind,
        actorUserId: byStaff ? (event.by as SeedAgent).userId : null,
        // An account's name is read from the account; people without one keep theirs here.
        actorName:
          event.by === 'customer'
            ? ticket.requesterName
            : byStaff && (event.by as SeedAgent).userId === null
              ? (event.by as SeedAgent).name
              : null,
        data: withComment ? { commentId, ...event.data } : event.data,
        createdAt: moment.at,
      });
    }
  }
}

function strategyReason(strategy: SeedCategory['queue']['strategy']): string {
  switch (strategy) {
    case 'round_robin':
      return 'round robin: next in turn';
    case 'least_loaded':
      return 'least loaded: lightest weighted load';
    default:
      return 'skill-based: has the skill the category needs';
  }
}

/** The survey sent on resolution, answered by some (less happily after a breach), into the client's CSAT. */
function writeSurvey(
  context: SeedContext,
  job: TicketJob,
  ticket: ThreadFacts,
  resolvedAt: number,
  record: (at: number, event: Moment['events'][number]) => void,
): void {
  const { random, asOf } = context;
  const surveyId = job.nextSurveyId++;
  const expiresAt = resolvedAt + SURVEY_DAYS * DAY;
  record(resolvedAt, { kind: 'survey_requested', by: null, data: { surveyId, expiresAt: iso(expiresAt) } });
  let tokenHash = '';
  for (let part = 0; part < 8; part++) tokenHash += random.int(0, 0xffff_ffff).toString(16).padStart(8, '0');
  const answeredAt = wholeSecond(resolvedAt + random.between(10 * MINUTE, 5 * DAY));
  const answered = random.chance(0.45) && answeredAt < asOf;
  const breached =
    ticket.timeline.sla.firstResponseBreachedAt !== null || ticket.timeline.sla.resolutionBreachedAt !== null;
  const mood = random.chance(breached ? 0.45 : 0.1) ? 'unhappy' : random.chance(0.25) ? 'neutral' : 'happy';
  const score = { unhappy: random.int(1, 2), neutral: 3, happy: random.int(4, 5) }[mood];
  const comment = random.chance(0.4) ? random.pick(satisfactionComments[mood]) : null;
  job.batch.surveyRows.push({
    id: surveyId,
    ticketId: ticket.id,
    tokenHash,
    expiresAt,
    score: answered ? score : null,
    comment: answered ? comment : null,
    answeredAt: answered ? answeredAt : null,
    createdAt: resolvedAt,
  });
  if (!answered) return;
  record(answeredAt, {
    kind: 'rated',
    by: 'customer',
    data: { surveyId, score, comment, via: random.chance(0.5) ? 'link' : 'portal' },
  });
  job.batch.satisfactionRows.push({
    clientId: ticket.clientId,
    kind: 'csat',
    score,
    comment,
    ticketId: ticket.id,
    respondedAt: answeredAt,
    createdAt: answeredAt,
    updatedAt: answeredAt,
  });
}
