import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { clientFields } from './client.repository';
import type { ClientDto, SegmentRules } from './dto';
import { lastOrderCondition, rfmScores } from './rfm.repository';
import { clientSegments, clients, satisfactionResponses } from './schema';

export type SegmentRow = typeof clientSegments.$inferSelect;
type Range = { min?: number | string; max?: number | string };

function inRange(value: SQL, range: Range | undefined): SQL[] {
  if (!range) return [];
  const parts: SQL[] = [];
  if (range.min !== undefined) parts.push(sql`${value} >= ${range.min}`);
  if (range.max !== undefined) parts.push(sql`${value} <= ${range.max}`);
  return parts;
}

/**
 * A segment's rules as one SQL condition on clients: plain columns for the profile rules, correlated
 * sub-queries (on indexed per-client paths) for the last order and satisfaction, and the precomputed RFM
 * scores (client_rfm_scores, as of its last refresh). Archived clients are never in a segment.
 */
export function segmentCondition(rules: SegmentRules): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(clients.archivedAt)];
  if (rules.industries) {
    conditions.push(
      inArray(
        sql`lower(${clients.industry})`,
        rules.industries.map((industry) => industry.toLowerCase()),
      ),
    );
  }
  if (rules.stages) conditions.push(inArray(clients.stage, rules.stages));
  if (rules.tiers) conditions.push(inArray(clients.tier, rules.tiers));
  if (rules.ownerUserIds) conditions.push(inArray(clients.ownerUserId, rules.ownerUserIds));
  if (rules.tags) conditions.push(sql`${clients.tags} @> ${JSON.stringify(rules.tags)}::jsonb`);
  conditions.push(...inRange(sql`${clients.annualRevenue}`, rules.annualRevenue));
  if (rules.lastOrder) conditions.push(lastOrderCondition(sql`${clients.id}`, rules.lastOrder));
  if (rules.rfm && Object.keys(rules.rfm).length > 0) {
    const { recency, frequency, monetary, score } = rules.rfm;
    const scoreConditions = [
      sql`true`,
      ...inRange(sql`rfm.recency`, recency),
      ...inRange(sql`rfm.frequency`, frequency),
      ...inRange(sql`rfm.monetary`, monetary),
      ...inRange(sql`(rfm.recency + rfm.frequency + rfm.monetary)`, score),
    ];
    conditions.push(
      sql`${clients.id} in (select rfm.client_id from ${rfmScores} as rfm where ${sql.join(scoreConditions, sql` and `)})`,
    );
  }
  if (rules.satisfaction?.csat) {
    const average = sql`(select avg(${satisfactionResponses.score}) from ${satisfactionResponses}
      where ${satisfactionResponses.clientId} = ${clients.id} and ${satisfactionResponses.kind} = 'csat')`;
    conditions.push(sql`${average} is not null`, ...inRange(average, rules.satisfaction.csat));
  }
  if (rules.satisfaction?.nps) {
    const nps = sql`(select 100.0 * (count(*) filter (where ${satisfactionResponses.score} >= 9)
        - count(*) filter (where ${satisfactionResponses.score} <= 6)) / nullif(count(*), 0)
      from ${satisfactionResponses}
      where ${satisfactionResponses.clientId} = ${clients.id} and ${satisfactionResponses.kind} = 'nps')`;
    conditions.push(sql`${nps} is not null`, ...inRange(nps, rules.satisfaction.nps));
  }
  return and(...conditions);
}

export async function findSegmentClients(
  executor: Executor,
  rules: SegmentRules,
  request: { sort: string; cursor?: string; limit: number },
): Promise<Page<ClientDto>> {
  const plan = planKeyset(request, {
    columns: { companyName: clients.companyName, createdAt: clients.createdAt },
    id: clients.id,
  });
  const rows = await executor
    .select(clientFields)
    .from(clients)
    .where(and(plan.where, segmentCondition(rules)))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function countSegmentClients(executor: Executor, rules: SegmentRules): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(clients)
    .where(segmentCondition(rules));
  return row?.count ?? 0;
}

export async function findSegments(
  executor: Executor,
  request: { sort: string; cursor?: string; limit: number; q?: string },
) {
  const plan = planKeyset(request, {
    columns: { name: clientSegments.name, createdAt: clientSegments.createdAt },
    id: clientSegments.id,
  });
  const rows = await executor
    .select()
    .from(clientSegments)
    .where(
      and(
        plan.where,
        request.q ? sql`lower(${clientSegments.name}) like lower(${containsPattern(request.q)})` : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findSegment(executor: Executor, id: number): Promise<SegmentRow | undefined> {
  const [row] = await executor.select().from(clientSegments).where(eq(clientSegments.id, id));
  return row;
}

export async function insertSegment(executor: Executor, values: typeof clientSegments.$inferInsert) {
  const [row] = await executor.insert(clientSegments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateSegment(
  executor: Executor,
  id: number,
  changes: Partial<typeof clientSegments.$inferInsert>,
  expectedVersion?: number,
) {
  const [row] = await executor
    .update(clientSegments)
    .set({ ...changes, version: sql`${clientSegments.version} + 1` })
    .where(
      and(
        eq(clientSegments.id, id),
        expectedVersion === undefined ? undefined : eq(clientSegments.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteSegment(executor: Executor, id: number) {
  await executor.delete(clientSegments).where(eq(clientSegments.id, id));
}
