import { and, asc, eq, getTableColumns, ne, type Placeholder, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { alwaysOpenCalendar, type BusinessCalendar } from './business-calendar.util';
import { businessCalendars, type escalationActions, slaPolicies } from './schema';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type SlaPolicyWithCalendar = SlaPolicyRow & { calendarName: string | null };
export type EscalationAction = (typeof escalationActions)[number];
export type SlaPolicyValues = Pick<
  SlaPolicyRow,
  | 'name'
  | 'priority'
  | 'clientTier'
  | 'firstResponseMinutes'
  | 'resolutionMinutes'
  | 'warnShare'
  | 'calendarId'
  | 'onWarning'
  | 'onBreach'
>;

/** A policy as the SLA clocks use it: its targets, warning share and calendar (holidays included). */
export type SlaTerms = {
  policyId: number;
  firstResponseMs: number;
  resolutionMs: number;
  warnShare: number;
  calendar: BusinessCalendar;
};

type TermsRow = {
  id: number;
  priority: string | null;
  client_tier: string | null;
  first_response_minutes: number;
  resolution_minutes: number;
  warn_share: number;
  time_zone: string | null;
  week: BusinessCalendar['week'] | null;
  holidays: string[] | null;
};

const MINUTE_MS = 60_000;
// Holidays are local dates; two days of margin cover any time zone's offset from UTC.
const HOLIDAY_MARGIN_MS = 2 * 86_400_000;

/** The first local date whose holidays can matter to clocks counting from `holidaysFrom`. */
export const holidaysFromDay = (holidaysFrom: Date) =>
  new Date(holidaysFrom.getTime() - HOLIDAY_MARGIN_MS).toISOString().slice(0, 10);

function termsSelect(fromDay: string | Placeholder) {
  return sql`select p.id, p.priority, p.client_tier, p.first_response_minutes, p.resolution_minutes,
      p.warn_share, c.time_zone, c.week,
      (select json_agg(h.day order by h.day) from business_holidays h
        where h.calendar_id = c.id and h.day >= ${fromDay}::date) as holidays
    from sla_policies p left join business_calendars c on c.id = p.calendar_id`;
}

function toTerms(row: TermsRow | undefined): SlaTerms | null {
  if (!row) return null;
  const calendar: BusinessCalendar =
    row.time_zone && row.week
      ? { timeZone: row.time_zone, week: row.week, holidays: new Set(row.holidays ?? []) }
      : alwaysOpenCalendar();
  return {
    policyId: row.id,
    firstResponseMs: row.first_response_minutes * MINUTE_MS,
    resolutionMs: row.resolution_minutes * MINUTE_MS,
    warnShare: Number(row.warn_share),
    calendar,
  };
}

/** The policies that can apply to a client tier, whatever the priority: the candidates of `matchSlaTerms`. */
export type SlaCandidates = readonly TermsRow[];

/**
 * The candidates of `matchSlaTerms` as a scalar subquery (a JSON array), to read with more; values or
 * placeholders. Only the holidays from `fromDay` (`holidaysFromDay`) are read.
 */
export function slaCandidatesSql(clientTier: string | null | Placeholder, fromDay: string | Placeholder) {
  return sql`(select coalesce(json_agg(candidate), '[]'::json) from (${termsSelect(fromDay)}
      where p.client_tier = ${clientTier}::text or p.client_tier is null) as candidate)`;
}

/**
 * The most specific policy for a priority and client tier among the candidates: both matching, then the
 * priority alone, then the tier alone, then the catch-all; null when none applies.
 */
export function matchSlaTerms(
  candidates: SlaCandidates,
  match: { priority: string; clientTier: string | null },
): SlaTerms | null {
  const specificity = (row: TermsRow) => (row.priority !== null ? 2 : 0) + (row.client_tier !== null ? 1 : 0);
  const applicable = candidates.filter(
    (row) =>
      (row.priority === null || row.priority === match.priority) &&
      (row.client_tier === null || row.client_tier === match.clientTier),
  );
  applicable.sort((a, b) => specificity(b) - specificity(a) || a.id - b.id);
  return toTerms(applicable[0]);
}

/** `matchSlaTerms` reading its candidates. One round trip. */
export async function findMatchingSlaTerms(
  executor: Executor,
  match: { priority: string; clientTier: string | null; holidaysFrom: Date },
): Promise<SlaTerms | null> {
  const [row] = await queryRows<{ candidates: TermsRow[] }>(
    executor,
    sql`select ${slaCandidatesSql(match.clientTier, holidaysFromDay(match.holidaysFrom))} as candidates`,
  );
  return matchSlaTerms(row?.candidates ?? [], match);
}

export async function findSlaTermsById(
  executor: Executor,
  policyId: number,
  holidaysFrom: Date,
): Promise<SlaTerms | null> {
  const [row] = await queryRows<TermsRow>(
    executor,
    sql`${termsSelect(holidaysFromDay(holidaysFrom))} where p.id = ${policyId}`,
  );
  return toTerms(row);
}

const withCalendar = { ...getTableColumns(slaPolicies), calendarName: businessCalendars.name };

export async function findSlaPolicies(
  executor: Executor,
  query: { sort: string; cursor?: string; limit: number; q?: string },
): Promise<Page<SlaPolicyWithCalendar>> {
  const plan = planKeyset(query, { columns: { name: slaPolicies.name }, id: slaPolicies.id });
  const rows = await executor
    .select(withCalendar)
    .from(slaPolicies)
    .leftJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(and(plan.where, query.q ? sql`${slaPolicies.name} ilike ${containsPattern(query.q)}` : undefined))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findSlaPolicyById(
  executor: Executor,
  id: number,
): Promise<SlaPolicyWithCalendar | undefined> {
  const [row] = await executor
    .select(withCalendar)
    .from(slaPolicies)
    .leftJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(eq(slaPolicies.id, id));
  return row;
}

/** The policy that already covers this priority and tier (null matching null), other than `exceptId`. */
export async function findPolicyWithSameMatch(
  executor: Executor,
  match: Pick<SlaPolicyRow, 'priority' | 'clientTier'>,
  exceptId?: number,
): Promise<{ id: number; name: string } | undefined> {
  const [row] = await executor
    .select({ id: slaPolicies.id, name: slaPolicies.name })
    .from(slaPolicies)
    .where(
      and(
        sql`coalesce(${slaPolicies.priority}, '*') = coalesce(${match.priority}::varchar, '*')`,
        sql`coalesce(${slaPolicies.clientTier}, '*') = coalesce(${match.clientTier}::varchar, '*')`,
        exceptId === undefined ? undefined : ne(slaPolicies.id, exceptId),
      ),
    )
    .limit(1);
  return row;
}

export async function insertSlaPolicy(executor: Executor, values: SlaPolicyValues): Promise<SlaPolicyRow> {
  const [row] = await executor.insert(slaPolicies).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the changes if the policy is still at `expectedVersion` (when given); undefined otherwise. */
export async function updateSlaPolicy(
  executor: Executor,
  id: number,
  changes: Partial<SlaPolicyValues>,
  expectedVersion?: number,
): Promise<SlaPolicyRow | undefined> {
  const [row] = await executor
    .update(slaPolicies)
    .set({ ...changes, version: sql`${slaPolicies.version} + 1` })
    .where(
      and(
        eq(slaPolicies.id, id),
        expectedVersion === undefined ? undefined : eq(slaPolicies.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function deleteSlaPolicy(executor: Executor, id: number): Promise<void> {
  await executor.delete(slaPolicies).where(eq(slaPolicies.id, id));
}

/** Names of the policies that count business time by this calendar. */
export async function findPolicyNamesUsingCalendar(
  executor: Executor,
  calendarId: number,
): Promise<string[]> {
  const rows = await executor
    .select({ name: slaPolicies.name })
    .from(slaPolicies)
    .where(eq(slaPolicies.calendarId, calendarId))
    .orderBy(asc(slaPolicies.name));
  return rows.map((row) => row.name);
}
