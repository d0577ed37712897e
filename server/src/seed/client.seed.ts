import {
  clientContacts,
  clientInteractions,
  clientStageChanges,
  clientStages,
  clients,
  clientTasks,
  clientTiers,
  type interactionKinds,
  satisfactionResponses,
} from '../modules/clients/schema';
import {
  churnReasons,
  clientTags,
  contactJobTitles,
  industries,
  interactionNotes,
  interactionSubjects,
  locations,
  satisfactionComments,
  taskTitles,
} from './demo-catalog';
import { showcaseOrders } from './order-plan.util';
import { breathe, DAY, HOUR, isoDay, pipeline, type SeedContext } from './seed-context';
import { SeedError } from './seed-error';
import { nextId, type SeedRow } from './seed-insert.util';
import { loadPhase } from './seed-load.util';
import type { WorkforcePool } from './workforce.seed';

// Stages and tiers are kept as their index into these lists.
const stages = clientStages;
const tiers = clientTiers;
const LEAD = 0;
const PROSPECT = 1;
const CUSTOMER = 2;
const CHURNED = 3;

/** Orders reach back this far. */
export const ORDER_HISTORY_DAYS = 730;
const CLIENT_HISTORY_DAYS = 1_000;
// Three in four clients have bought (customers and churned ones), if there are orders enough for each.
const BUYER_SHARE = 0.75;
const CHURNED_SHARE_OF_BUYERS = 0.12;
// How much more often a client of each tier orders than a standard one.
const tierOrderWeight = [1, 1.8, 3, 5];
const paymentTermsDays = [14, 30, 30, 45];

/**
 * Who the clients are, decided before anything is written so that stages, orders and histories agree:
 * a customer or churned client has orders (and a churned one none after it churned), a lead or prospect
 * has none. The first client is the showcase the demo customer account belongs to.
 */
export type ClientPlan = {
  count: number;
  firstId: number;
  stage: Uint8Array;
  tier: Uint8Array;
  location: Uint8Array;
  createdAt: Float64Array;
  /** When a churned client left; 0 otherwise. */
  churnedAt: Float64Array;
  /** The account manager's user id; 0 when unowned. */
  ownerUserId: Int32Array;
  /** Filled by planOrders: a buyer's first and last order (epoch ms); 0 for others. */
  firstOrderAt: Float64Array;
  lastOrderAt: Float64Array;
};

/** Every order's client and time, in id order (oldest first), and which showcase order it is (-1 if none). */
export type OrderBook = {
  count: number;
  clientIndex: Int32Array;
  placedAt: Float64Array;
  showcase: Int8Array;
};

export const paymentTermsOf = (plan: ClientPlan, client: number) =>
  paymentTermsDays[plan.tier[client] ?? 0] ?? 30;
export const taxRateOf = (plan: ClientPlan, client: number) =>
  (locations[plan.location[client] ?? 0] as (typeof locations)[number]).taxRate;

export async function planClients(
  context: SeedContext,
  options: { count: number; orders: number; ownerUserIds: readonly number[] },
): Promise<ClientPlan> {
  const { random, asOf } = context;
  const { count } = options;
  if (options.orders > 0 && count === 0) throw new SeedError('Orders need clients: seed at least one client');
  const plan: ClientPlan = {
    count,
    firstId: await nextId(context.db, clients),
    stage: new Uint8Array(count),
    tier: new Uint8Array(count),
    location: new Uint8Array(count),
    createdAt: new Float64Array(count),
    churnedAt: new Float64Array(count),
    ownerUserId: new Int32Array(count),
    firstOrderAt: new Float64Array(count),
    lastOrderAt: new Float64Array(count),
  };
  const showcaseOrderCount = Math.min(showcaseOrders.length, options.orders);
  // Each buyer has at least one order, so there are never more buyers than orders left for them.
  let buyersLeft = Math.min(Math.round((count - 1) * BUYER_SHARE), options.orders - showcaseOrderCount);
  const locationWeights = locations.map((location, index) => [index, location.weight] as const);
  for (let client = 0; client < count; client++) {
    const showcase = client === 0 && showcaseOrderCount > 0;
    // Selection sampling: exactly buyersLeft of the remaining clients become buyers, spread evenly.
    const buyer = !showcase && client > 0 && random.next() * (count - client) < buyersLeft;
    if (buyer) buyersLeft--;
    let stage = buyer
      ? random.chance(CHURNED_SHARE_OF_BUYERS)
        ? CHURNED
        : CUSTOMER
      : random.chance(0.6)
        ? LEAD
        : PROSPECT;
    if (showcase) stage = CUSTOMER;
    let createdAt = asOf - random.between(buyer ? 2 : 0, CLIENT_HISTORY_DAYS) * DAY;
    if (stage === CHURNED) {
      createdAt = asOf - random.between(400, CLIENT_HISTORY_DAYS) * DAY;
      plan.churnedAt[client] = random.between(
        Math.max(createdAt + 120 * DAY, asOf - 700 * DAY),
        asOf - 30 * DAY,
      );
    }
    if (showcase) createdAt = asOf - 900 * DAY;
    plan.stage[client] = stage;
    plan.createdAt[client] = Math.floor(createdAt);
    plan.tier[client] = showcase
      ? 2
      : stage >= CUSTOMER
        ? random.weighted([
            [0, 50],
            [1, 28],
            [2, 15],
            [3, 7],
          ] as const)
        : random.weighted([
            [0, 80],
            [1, 15],
            [2, 5],
          ] as const);
    plan.location[client] = random.weighted(locationWeights);
    const owners = options.ownerUserIds;
    if (owners.length > 0 && (stage !== LEAD || random.chance(0.6))) {
      plan.ownerUserId[client] = showcase ? (owners[0] as number) : random.pick(owners);
    }
  }
  return plan;
}

/**
 * Spreads the orders over the buyers (each at least one, the rest by tier and by how long the client has
 * been buying) and over each buyer's buying years, then numbers them by time, as ids grow in a real
 * system. Fills the plan's first and last order times.
 */
export function planOrders(context: SeedContext, plan: ClientPlan, orders: number): OrderBook {
  const { random, asOf } = context;
  const historyStart = asOf - ORDER_HISTORY_DAYS * DAY;
  const buyers: number[] = [];
  for (let client = 1; client < plan.count; client++) {
    if ((plan.stage[client] as number) >= CUSTOMER) buyers.push(client);
  }
  const showcaseCount = plan.count > 0 ? Math.min(showcaseOrders.length, orders) : 0;
  // With no other buyer (a single client), the showcase client takes every order.
  if (buyers.length === 0 && orders > showcaseCount) buyers.push(0);
  const windowOf = (client: number) => {
    const start = Math.max((plan.createdAt[client] as number) + HOUR, historyStart);
    const churnedAt = plan.churnedAt[client] as number;
    return { start, end: churnedAt > 0 ? churnedAt - DAY : asOf - 60_000 };
  };
  const cumulative = new Float64Array(buyers.length);
  let weightSum = 0;
  buyers.forEach((client, offset) => {
    const { start, end } = windowOf(client);
    weightSum += (tierOrderWeight[plan.tier[client] as number] ?? 1) * Math.max(end - start, DAY);
    cumulative[offset] = weightSum;
  });
  const pickBuyer = () => {
    const point = random.next() * weightSum;
    let low = 0;
    let high = buyers.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) <= point) low = middle + 1;
      else high = middle;
    }
    return buyers[low] as number;
  };

  const clientIndex = new Int32Array(orders);
  const placedAt = new Float64Array(orders);
  const showcase = new Int8Array(orders).fill(-1);
  for (let order = 0; order < orders; order++) {
    if (order < showcaseCount) {
      const spec = showcaseOrders[order] as (typeof showcaseOrders)[number];
      clientIndex[order] = 0;
      placedAt[order] = asOf - spec.daysAgo * DAY + random.int(9, 17) * HOUR;
      showcase[order] = order;
      continue;
    }
    const rank = order - showcaseCount;
    const client = rank < buyers.length ? (buyers[rank] as number) : pickBuyer();
    const { start, end } = windowOf(client);
    clientIndex[order] = client;
    placedAt[order] = Math.floor(start + random.next() * (end - start));
  }

  // Sort by time: whole seconds since the history start, the order's position in the low bits so that keys
  // are unique and the sort is deterministic.
  const positionBits = Math.max(1, Math.ceil(Math.log2(orders + 1)));
  if (positionBits + 27 > 53) throw new SeedError('Too many orders to number by time (the limit is 2^26)');
  const scale = 2 ** positionBits;
  const keys = new Float64Array(orders);
  for (let order = 0; order < orders; order++) {
    keys[order] = Math.floor(((placedAt[order] as number) - historyStart) / 1000) * scale + order;
  }
  keys.sort();
  const book: OrderBook = {
    count: orders,
    clientIndex: new Int32Array(orders),
    placedAt: new Float64Array(orders),
    showcase: new Int8Array(orders),
  };
  for (let position = 0; position < orders; position++) {
    const order = (keys[position] as number) % scale;
    const client = clientIndex[order] as number;
    const at = placedAt[order] as number;
    book.clientIndex[position] = client;
    book.placedAt[position] = at;
    book.showcase[position] = showcase[order] as number;
    if (plan.firstOrderAt[client] === 0) plan.firstOrderAt[client] = at;
    plan.lastOrderAt[client] = at;
  }
  return book;
}

type Batch = {
  clientRows: SeedRow<typeof clients>[];
  contactRows: SeedRow<typeof clientContacts>[];
  interactionRows: SeedRow<typeof clientInteractions>[];
  stageRows: SeedRow<typeof clientStageChanges>[];
  satisfactionRows: SeedRow<typeof satisfactionResponses>[];
  taskRows: SeedRow<typeof clientTasks>[];
};

/** Writes the planned clients with their contacts, interactions, stage history, satisfaction answers and tasks. */
export async function seedClients(
  context: SeedContext,
  options: { plan: ClientPlan; contactsPerClient: number; workforce: WorkforcePool },
): Promise<Record<string, number>> {
  const { plan, workforce, contactsPerClient } = options;
  const tables = [
    clients,
    clientContacts,
    clientInteractions,
    clientStageChanges,
    satisfactionResponses,
    clientTasks,
  ];
  const counts = { contacts: 0, interactions: 0, stageChanges: 0, satisfactionResponses: 0, tasks: 0 };
  await loadPhase(
    context.db,
    { tables, rebuild: plan.count * 2 >= context.rebuildFromRows, onProgress: context.progress },
    async (transaction) => {
      const job: ClientJob = {
        plan,
        workforce,
        contactsPerClient,
        nextContactId: await nextId(transaction, clientContacts),
        batch: emptyBatch(),
      };

      await pipeline({
        executor: transaction,
        total: plan.count,
        batchSize: context.batchSize,
        onWritten: (done) => context.progress('clients', done, plan.count),
        generate: async (first, size) => {
          const batch = emptyBatch();
          job.batch = batch;
          for (let client = first; client < first + size; client++) {
            if ((client & 127) === 0) await breathe();
            generateClient(context, job, client);
          }
          counts.contacts += batch.contactRows.length;
          counts.interactions += batch.interactionRows.length;
          counts.stageChanges += batch.stageRows.length;
          counts.satisfactionResponses += batch.satisfactionRows.length;
          counts.tasks += batch.taskRows.length;
          return [
            context.writer.prepare(clients, batch.clientRows),
            context.writer.prepare(clientContacts, batch.contactRows),
            context.writer.prepare(clientInteractions, batch.interactionRows),
            context.writer.prepare(clientStageChanges, batch.stageRows),
            context.writer.prepare(satisfactionResponses, batch.satisfactionRows),
            context.writer.prepare(clientTasks, batch.taskRows),
          ];
        },
      });
    },
  );
  return counts;
}

type ClientJob = {
  plan: ClientPlan;
  workforce: WorkforcePool;
  contactsPerClient: number;
  nextContactId: number;
  batch: Batch;
};

const emptyBatch = (): Batch => ({
  clientRows: [],
  contactRows: [],
  interactionRows: [],
  stageRows: [],
  satisfactionRows: [],
  taskRows: [],
});

/** One client and everything about it: contacts, stage history, interactions, satisfaction answers, tasks. */
function generateClient(context: SeedContext, job: ClientJob, client: number): void {
  const { random, asOf } = context;
  const { faker } = random;
  const { plan, batch, workforce, contactsPerClient } = job;
  const id = plan.firstId + client;
  const stage = plan.stage[client] as number;
  const tier = plan.tier[client] as number;
  const createdAt = plan.createdAt[client] as number;
  const churnedAt = plan.churnedAt[client] as number;
  const owner = plan.ownerUserId[client] || null;
  const location = locations[plan.location[client] as number] as (typeof locations)[number];
  const company = faker.company.name();
  const domain = `${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
  const person = () => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    return {
      name: `${firstName} ${lastName}`,
      email: `${firstName}.${lastName}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
      phone: faker.phone.number({ style: 'international' }),
    };
  };

  // Contacts: the first is the primary one, the client's own contact person.
  const contacts = Array.from({ length: random.int(1, contactsPerClient) }, person);
  const primary = contacts[0] as ReturnType<typeof person>;
  const firstContactId = job.nextContactId;
  contacts.forEach((contact, offset) => {
    batch.contactRows.push({
      id: job.nextContactId++,
      clientId: id,
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      jobTitle: random.pick(contactJobTitles),
      isPrimary: offset === 0,
      createdAt,
      updatedAt: createdAt,
    });
  });

  // Stage history: lead → prospect → customer (at the first order) → churned.
  const changes: { from: number | null; to: number; at: number; reason: string | null }[] = [
    { from: null, to: LEAD, at: createdAt, reason: 'New lead' },
  ];
  const firstOrderAt = plan.firstOrderAt[client] as number;
  if (stage !== LEAD) {
    const until = stage >= CUSTOMER ? firstOrderAt : asOf;
    changes.push({
      from: LEAD,
      to: PROSPECT,
      at: createdAt + (until - createdAt) * random.between(0.1, 0.9),
      reason: 'Qualified on a discovery call',
    });
  }
  if (stage >= CUSTOMER) {
    changes.push({ from: PROSPECT, to: CUSTOMER, at: firstOrderAt, reason: 'First order placed' });
  }
  if (stage === CHURNED) {
    changes.push({ from: CUSTOMER, to: CHURNED, at: churnedAt, reason: random.pick(churnReasons) });
  }
  for (const change of changes) {
    batch.stageRows.push({
      clientId: id,
      fromStage: change.from === null ? null : stages[change.from],
      toStage: stages[change.to] as (typeof stages)[number],
      reason: change.reason,
      changedBy: change.from === null ? null : owner,
      changedAt: change.at,
    });
  }

  // Interactions, the latest of them being the client's last contact.
  const interactions =
    stage === LEAD
      ? random.int(0, 2)
      : stage === PROSPECT
        ? random.int(1, 3)
        : stage === CUSTOMER
          ? random.int(0, 3)
          : random.int(1, 2);
  const activeUntil = stage === CHURNED ? churnedAt : asOf;
  const lastContactAt =
    interactions === 0
      ? null
      : stage === CUSTOMER
        ? Math.max(createdAt, asOf - random.between(0, 120) * DAY)
        : stage === CHURNED
          ? Math.max(createdAt, churnedAt - random.between(0, 30) * DAY)
          : createdAt + (activeUntil - createdAt) * random.next();
  for (let number = 0; number < interactions && lastContactAt !== null; number++) {
    const kind = random.weighted<(typeof interactionKinds)[number]>([
      ['email', 4],
      ['call', 3],
      ['meeting', 2],
      ['note', 1],
    ]);
    const occurredAt = number === 0 ? lastContactAt : createdAt + (lastContactAt - createdAt) * random.next();
    batch.interactionRows.push({
      clientId: id,
      contactId: firstContactId + random.int(0, contacts.length - 1),
      kind,
      subject: random.pick(interactionSubjects[kind]),
      body: random.chance(0.6) ? random.pick(interactionNotes) : null,
      occurredAt,
      durationMinutes: kind === 'call' ? random.int(5, 45) : kind === 'meeting' ? random.int(30, 90) : null,
      authorUserId: owner,
      createdAt: occurredAt,
      updatedAt: occurredAt,
    });
  }

  // CSAT (1–5) and NPS (0–10) answers from buyers; churned clients were less happy.
  if (stage >= CUSTOMER) {
    for (
      let answers = random.weighted([
        [0, 50],
        [1, 35],
        [2, 15],
      ] as const);
      answers > 0;
      answers--
    ) {
      const csat = random.chance(0.5);
      const unhappy = stage === CHURNED ? 0.5 : 0.12;
      const mood = random.chance(unhappy) ? 'unhappy' : random.chance(0.25) ? 'neutral' : 'happy';
      const score = csat
        ? { unhappy: random.int(1, 2), neutral: 3, happy: random.int(4, 5) }[mood]
        : { unhappy: random.int(0, 6), neutral: random.int(7, 8), happy: random.int(9, 10) }[mood];
      const respondedAt = firstOrderAt + (activeUntil - firstOrderAt) * random.next();
      batch.satisfactionRows.push({
        clientId: id,
        kind: csat ? 'csat' : 'nps',
        score,
        comment: random.chance(0.3) ? random.pick(satisfactionComments[mood]) : null,
        respondedAt,
        createdAt: respondedAt,
        updatedAt: respondedAt,
      });
    }
  }

  const archivedAt =
    stage === CHURNED && random.chance(0.25)
      ? Math.min(churnedAt + random.int(7, 60) * DAY, asOf - HOUR)
      : null;
  const renewalDate =
    stage === CUSTOMER && (tier > 0 || random.chance(0.3)) ? isoDay(asOf + random.int(-20, 365) * DAY) : null;

  // Tasks: the renewal rule's (as the clients module writes them) and a few by hand.
  if (renewalDate && renewalDate >= isoDay(asOf) && renewalDate <= isoDay(asOf + 30 * DAY)) {
    const due = Date.parse(`${renewalDate}T00:00:00Z`);
    const madeAt = Math.max(createdAt, due - 30 * DAY);
    batch.taskRows.push({
      clientId: id,
      title: `Renewal due: ${company}`.slice(0, 255),
      description: `Renewal on ${renewalDate}`,
      dueAt: due,
      assigneeEmployeeId: owner ? (workforce.employeeOfUser.get(owner) ?? null) : null,
      status: 'open',
      source: 'renewal_rule',
      ruleKey: `renewal:${renewalDate}`,
      createdAt: madeAt,
      updatedAt: madeAt,
    });
  }
  if (stage !== CHURNED && random.chance(0.04)) {
    const due = asOf + random.int(-7, 21) * DAY;
    const done = due < asOf && random.chance(0.5);
    const madeAt = Math.max(createdAt, Math.min(asOf - HOUR, due - random.int(3, 14) * DAY));
    batch.taskRows.push({
      clientId: id,
      title: random.pick(taskTitles),
      description: random.chance(0.5) ? random.pick(interactionNotes) : null,
      dueAt: due,
      assigneeEmployeeId: owner ? assigneeFor(job.workforce, random, owner) : null,
      status: done ? 'done' : 'open',
      completedAt: done ? due - random.int(0, 2) * DAY : null,
      source: 'manual',
      createdBy: owner,
      createdAt: madeAt,
      updatedAt: done ? due : madeAt,
    });
  }

  const lastOrderAt = plan.lastOrderAt[client] as number;
  const lastChange = (changes[changes.length - 1] as (typeof changes)[number]).at;
  const tags = new Set<string>();
  for (
    let count = random.weighted([
      [0, 40],
      [1, 40],
      [2, 20],
    ] as const);
    count > 0;
    count--
  ) {
    tags.add(random.pick(clientTags));
  }
  batch.clientRows.push({
    id,
    companyName: company,
    contactPerson: primary.name,
    email: primary.email,
    phone: primary.phone,
    industry: random.pick(industries),
    // The brief's account status, in step with the stage: buyers are active until a year without orders.
    status:
      stage === CHURNED
        ? 'churned'
        : stage === CUSTOMER
          ? lastOrderAt >= asOf - 365 * DAY
            ? 'active'
            : 'inactive'
          : 'lead',
    stage: stages[stage],
    tier: tiers[tier],
    ownerUserId: owner,
    website: `https://www.${domain}`,
    addressLine1: faker.location.streetAddress(),
    addressLine2: random.chance(0.15) ? `Suite ${random.int(100, 2_400)}` : null,
    city: location.city,
    region: location.region,
    postalCode: faker.helpers.replaceSymbols(location.postalFormat),
    country: location.country,
    annualRevenue: `${annualRevenue(context, tier)}.00`,
    tags: [...tags],
    notes: random.chance(0.05) ? random.pick(interactionNotes) : null,
    renewalDate,
    lastContactAt,
    archivedAt,
    createdAt,
    updatedAt: Math.max(lastChange, archivedAt ?? 0),
  });
}

/** Who takes a task: the account manager's employee record, or someone in sales. */
function assigneeFor(workforce: WorkforcePool, random: SeedContext['random'], owner: number): number | null {
  return (
    workforce.employeeOfUser.get(owner) ??
    (workforce.salesEmployeeIds.length > 0 ? random.pick(workforce.salesEmployeeIds) : null)
  );
}

/** Yearly revenue in whole dollars, by tier: small businesses to large enterprises. */
function annualRevenue(context: SeedContext, tier: number): number {
  const [low, high] = [
    [200_000, 5_000_000],
    [5_000_000, 50_000_000],
    [50_000_000, 500_000_000],
    [500_000_000, 5_000_000_000],
  ][tier] as [number, number];
  return Math.round(context.random.between(low, high) / 1_000) * 1_000;
}
