import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { tickets } from '../tickets/schema';
import type { SatisfactionFigures } from './dto';
import { averageFromText, netPromoterScore } from './satisfaction.util';
import { clients, satisfactionResponses } from './schema';

export type SatisfactionRow = typeof satisfactionResponses.$inferSelect;
const responses = satisfactionResponses;

export async function insertSatisfactionResponse(
  executor: Executor,
  values: typeof satisfactionResponses.$inferInsert,
): Promise<SatisfactionRow> {
  const [row] = await executor.insert(responses).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function findRecentResponses(executor: Executor, clientId: number, limit: number) {
  return executor
    .select()
    .from(responses)
    .where(eq(responses.clientId, clientId))
    .orderBy(desc(responses.respondedAt), desc(responses.id))
    .limit(limit);
}

/** The client a ticket belongs to (read-only look-up in the tickets module's table). */
export async function findTicketClientId(executor: Executor, ticketId: number): Promise<number | undefined> {
  const [row] = await executor
    .select({ clientId: tickets.clientId })
    .from(tickets)
    .where(eq(tickets.id, ticketId));
  return row?.clientId;
}

// The aggregate columns every figure is made of; counts per score so one scan answers everything.
const figureColumns = {
  csatCount: sql<number>`count(*) filter (where ${responses.kind} = 'csat')::int`,
  csatAverage: sql<string | null>`(avg(${responses.score}) filter (where ${responses.kind} = 'csat'))::text`,
  csat1: sql<number>`count(*) filter (where ${responses.kind} = 'csat' and ${responses.score} = 1)::int`,
  csat2: sql<number>`count(*) filter (where ${responses.kind} = 'csat' and ${responses.score} = 2)::int`,
  csat3: sql<number>`count(*) filter (where ${responses.kind} = 'csat' and ${responses.score} = 3)::int`,
  csat4: sql<number>`count(*) filter (where ${responses.kind} = 'csat' and ${responses.score} = 4)::int`,
  csat5: sql<number>`count(*) filter (where ${responses.kind} = 'csat' and ${responses.score} = 5)::int`,
  npsCount: sql<number>`count(*) filter (where ${responses.kind} = 'nps')::int`,
  promoters: sql<number>`count(*) filter (where ${responses.kind} = 'nps' and ${responses.score} >= 9)::int`,
  passives: sql<number>`count(*) filter (where ${responses.kind} = 'nps' and ${responses.score} between 7 and 8)::int`,
  detractors: sql<number>`count(*) filter (where ${responses.kind} = 'nps' and ${responses.score} <= 6)::int`,
};
type FigureRow = { [Key in keyof typeof figureColumns]: (typeof figureColumns)[Key]['_']['type'] };

function toFigures(row: FigureRow | undefined): SatisfactionFigures {
  const zero = { csatCount: 0, csatAverage: null, csat1: 0, csat2: 0, csat3: 0, csat4: 0, csat5: 0 };
  const figures = { ...zero, npsCount: 0, promoters: 0, passives: 0, detractors: 0, ...row };
  return {
    csat: {
      average: averageFromText(figures.csatAverage),
      count: figures.csatCount,
      distribution: {
        '1': figures.csat1,
        '2': figures.csat2,
        '3': figures.csat3,
        '4': figures.csat4,
        '5': figures.csat5,
      },
    },
    nps: {
      score: netPromoterScore({ ...figures, count: figures.npsCount }),
      count: figures.npsCount,
      promoters: figures.promoters,
      passives: figures.passives,
      detractors: figures.detractors,
    },
  };
}

export async function findClientFigures(executor: Executor, clientId: number): Promise<SatisfactionFigures> {
  const [row] = await executor.select(figureColumns).from(responses).where(eq(responses.clientId, clientId));
  return toFigures(row);
}

/** Figures over every response in the period, by month (UTC) and by client tier. */
export async function findSatisfactionReport(executor: Executor, period: { from?: string; to?: string }) {
  const where: SQL | undefined = and(
    period.from ? gte(responses.respondedAt, new Date(`${period.from}T00:00:00Z`)) : undefined,
    period.to ? lt(responses.respondedAt, new Date(`${period.to}T00:00:00Z`)) : undefined,
  );
  const month = sql<string>`to_char(${responses.respondedAt} at time zone 'UTC', 'YYYY-MM')`;
  const [overall] = await executor.select(figureColumns).from(responses).where(where);
  const months = await executor
    .select({ month, ...figureColumns })
    .from(responses)
    .where(where)
    .groupBy(month)
    .orderBy(month);
  const tiers = await executor
    .select({ tier: clients.tier, ...figureColumns })
    .from(responses)
    .innerJoin(clients, eq(clients.id, responses.clientId))
    .where(where)
    .groupBy(clients.tier)
    .orderBy(clients.tier);
  const summary = (row: FigureRow) => {
    const figures = toFigures(row);
    return {
      csatAverage: figures.csat.average,
      csatCount: figures.csat.count,
      npsScore: figures.nps.score,
      npsCount: figures.nps.count,
    };
  };
  return {
    ...toFigures(overall),
    byMonth: months.map((row) => ({ month: row.month, ...summary(row) })),
    byTier: tiers.map((row) => ({ tier: row.tier, ...summary(row) })),
  };
}
