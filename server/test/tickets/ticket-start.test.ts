import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTicketEngine } from '../../src/modules/tickets/engine.service';
import { defaultPriorityRules, type PrioritySignals } from '../../src/modules/tickets/priority-rules.util';
import { slaPolicies, ticketCategories, ticketSettings } from '../../src/modules/tickets/schema';
import type { Database } from '../../src/platform/db/database';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { createQueue } from './engine-factories';

const createdAt = new Date('2026-03-02T08:00:00Z');
const signals = (overrides: Partial<PrioritySignals> = {}): PrioritySignals => ({
  title: 'A question about invoices',
  description: '',
  channel: 'email',
  clientTier: null,
  orderTotal: null,
  ...overrides,
});

describe('starting a new ticket (priority, SLA policy and queue from one read)', () => {
  let database: TestDatabase;
  const db = (): Database => database.handle.db;
  const rulesEngine = () => createTicketEngine({ db: db(), clock: () => createdAt });
  let policies: Record<'urgentGold' | 'urgent' | 'low' | 'catchAll', number>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const rows = await db()
      .insert(slaPolicies)
      .values([
        {
          name: 'Urgent gold',
          priority: 'urgent',
          clientTier: 'gold',
          firstResponseMinutes: 10,
          resolutionMinutes: 60,
        },
        { name: 'Urgent', priority: 'urgent', firstResponseMinutes: 20, resolutionMinutes: 120 },
        { name: 'Low', priority: 'low', firstResponseMinutes: 480, resolutionMinutes: 2880 },
        { name: 'Anything else', firstResponseMinutes: 60, resolutionMinutes: 600 },
      ])
      .returning({ id: slaPolicies.id });
    const [urgentGold, urgent, low, catchAll] = rows.map((row) => row.id) as [number, number, number, number];
    policies = { urgentGold, urgent, low, catchAll };
  });
  afterAll(() => database.drop());

  it('classifies by the saved rules, then takes the most specific policy for that priority and tier', async () => {
    const engine = rulesEngine();
    const before = await engine.startTicket(db(), { signals: signals(), categoryId: null, createdAt });
    expect(before).toMatchObject({
      priority: 'low',
      prioritySource: 'rules',
      sla: { slaPolicyId: policies.low },
    });

    await db()
      .insert(ticketSettings)
      .values({
        id: 1,
        priorityRules: { ...defaultPriorityRules, keywords: [{ words: ['invoices'], priority: 'urgent' }] },
      });
    const gold = await engine.startTicket(db(), {
      signals: signals({ clientTier: 'gold' }),
      categoryId: null,
      createdAt,
    });
    expect(gold).toMatchObject({
      priority: 'urgent',
      prioritySource: 'rules',
      sla: { slaPolicyId: policies.urgentGold },
    });
    expect(gold.reasons.join(' ')).toMatch(/invoices/);
    expect(gold.sla.firstResponseDueAt).toEqual(new Date(createdAt.getTime() + 10 * 60_000));
    const silver = await engine.startTicket(db(), {
      signals: signals({ clientTier: 'silver' }),
      categoryId: null,
      createdAt,
    });
    expect(silver.sla.slaPolicyId).toBe(policies.urgent);
  });

  it('lets a person’s priority win, with their reason, and falls back to the catch-all policy', async () => {
    const engine = rulesEngine();
    const start = await engine.startTicket(db(), {
      signals: signals(),
      manualPriority: { priority: 'high', reason: 'Board member' },
      categoryId: null,
      createdAt,
    });
    expect(start).toMatchObject({
      priority: 'high',
      prioritySource: 'manual',
      reasons: ['Board member'],
      sla: { slaPolicyId: policies.catchAll },
    });
  });

  it('asks a plugged-in model instead of the rules', async () => {
    const seen: PrioritySignals[] = [];
    const engine = createTicketEngine({
      db: db(),
      clock: () => createdAt,
      config: {
        classifier: {
          async classify(_executor, given) {
            seen.push(given);
            return { priority: 'urgent', reasons: ['the model is 93% sure'], source: 'model' };
          },
        },
      },
    });
    const start = await engine.startTicket(db(), {
      signals: signals({ clientTier: 'gold' }),
      categoryId: null,
      createdAt,
    });
    expect(start).toMatchObject({
      priority: 'urgent',
      prioritySource: 'model',
      sla: { slaPolicyId: policies.urgentGold },
    });
    expect(seen).toEqual([signals({ clientTier: 'gold' })]);
  });

  it('puts the ticket in its category’s queue, else the default queue, else none', async () => {
    const engine = rulesEngine();
    const start = (categoryId: number | null) =>
      engine
        .startTicket(db(), { signals: signals(), categoryId, createdAt })
        .then((result) => result.queueId);
    expect(await start(null)).toBeNull();
    const general = await createQueue(db(), { name: 'General' });
    const billing = await createQueue(db(), { name: 'Billing' });
    const [category] = await db()
      .insert(ticketCategories)
      .values({ name: 'Invoices', queueId: billing.id })
      .returning();
    const [loose] = await db().insert(ticketCategories).values({ name: 'Other' }).returning();
    expect(await start(category?.id ?? null)).toBe(billing.id);
    expect(await start(loose?.id ?? null)).toBe(general.id);
    expect(await start(null)).toBe(general.id);
  });
});
