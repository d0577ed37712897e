import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/database';
import type { TicketReportGrouping, TicketReportScope, TicketTrendInterval } from './report.dto';

/*
 * Resolution analytics from the live tickets table. Three cohorts, each read through its own index:
 *   created  — opened in the period (tickets_created_at_sort_idx): volume, first response and its SLA;
 *   resolved — resolved in the period (tickets_resolved_at_idx): resolution time and SLA, reopens, CSAT;
 *   backlog  — unresolved now (the partial tickets_assignee_active_idx, whose predicate is exactly that).
 * Each cohort gives one row per ticket with only its own measures set (the others null), the rows are put
 * together with `union all` and grouped once, so any grouping — none, a period, an agent — is one scan per
 * cohort and one aggregation. Names come from the employees, departments and clients tables with plain
 * read-only joins, as the orders reports do: a report crosses modules by nature, and one round trip beats
 * a call per group.
 */

export type ReportWindow = { from: Date; to: Date };

/** Unresolved: someone still owes the customer something (pending waits on them, but is not done). */
export const unresolvedStatuses = ['new', 'open', 'pending', 'on_hold'] as const;
const unresolved = sql.raw(`t.status in (${unresolvedStatuses.map((status) => `'${status}'`).join(', ')})`);

export type FigureRow = {
  created: number;
  resolved: number;
  backlog: number;
  firstResponseWallCount: number;
  firstResponseWallMedian: number | null;
  firstResponseWallAverage: number | null;
  firstResponseWallP90: number | null;
  firstResponseBusinessCount: number;
  firstResponseBusinessMedian: number | null;
  firstResponseBusinessAverage: number | null;
  firstResponseBusinessP90: number | null;
  resolutionWallCount: number;
  resolutionWallMedian: number | null;
  resolutionWallAverage: number | null;
  resolutionWallP90: number | null;
  resolutionBusinessCount: number;
  resolutionBusinessMedian: number | null;
  resolutionBusinessAverage: number | null;
  resolutionBusinessP90: number | null;
  firstResponseSlaMet: number;
  firstResponseSlaTotal: number;
  resolutionSlaMet: number;
  resolutionSlaTotal: number;
  reopened: number;
  csatAverage: number | null;
  csatCount: number;
};

const minutesBetween = (start: SQL, end: SQL) => sql`(extract(epoch from (${end} - ${start})) / 60)::float8`;

/**
 * A target on the SLA clock was met: no breach was recorded and the business time it took is within the
 * target. (The second test covers a reply that came after the deadline but before the sweep noticed.)
 */
function targetMet(clock: 'firstResponse' | 'resolution') {
  const [breachedAt, businessMs] =
    clock === 'firstResponse'
      ? [sql`sc.first_response_breached_at`, sql`t.first_response_business_ms`]
      : [sql`sc.resolution_breached_at`, sql`t.resolution_business_ms`];
  const targetMs = sql`(t.sla_clocks #>> ${`{${clock},targetMs}`})::bigint`;
  return sql`(${breachedAt} is null and (${businessMs} is null or ${businessMs} <= coalesce(${targetMs}, ${businessMs})))`;
}

/** The measures of one ticket in one cohort; `null`/`false` for what the cohort does not measure. */
function cohortColumns(cohort: 'created' | 'resolved' | 'backlog'): SQL {
  const counted = (kind: typeof cohort) => sql.raw(cohort === kind ? '1' : '0');
  const measured = sql`t.merged_into_id is null`;
  const responded = sql`${measured} and t.first_responded_at is not null`;
  const firstResponse =
    cohort === 'created'
      ? sql`case when ${responded} then ${minutesBetween(sql`t.created_at`, sql`t.first_responded_at`)} end,
            case when ${responded} then t.first_response_business_ms / 60000.0 end,
            ${measured} and t.sla_clocks is not null
              and (t.first_responded_at is not null or sc.first_response_breached_at is not null),
            ${responded} and t.sla_clocks is not null and ${targetMet('firstResponse')}`
      : sql`null::float8, null::numeric, false, false`;
  const resolution =
    cohort === 'resolved'
      ? sql`${minutesBetween(sql`t.created_at`, sql`t.resolved_at`)},
            t.resolution_business_ms / 60000.0,
            t.sla_clocks is not null,
            t.sla_clocks is not null and ${targetMet('resolution')},
            t.reopen_count > 0,
            rating.score`
      : sql`null::float8, null::numeric, false, false, false, null::smallint`;
  return sql`${counted('created')} as created, ${counted('resolved')} as resolved,
             ${counted('backlog')} as backlog, ${firstResponse}, ${resolution}`;
}

const cohortColumnNames = sql.raw(`(key, created, resolved, backlog,
  fr_wall, fr_business, fr_sla_due, fr_sla_met,
  res_wall, res_business, res_sla_due, res_sla_met, reopened, csat)`);

/** What the SLA sweep recorded (breaches) for each ticket, as `sc`. */
const slaChecks = sql`left join ticket_sla_checks sc on sc.ticket_id = t.id`;

/** Each ticket's latest answer to a satisfaction survey (a reopened ticket is asked again). */
const latestRating = sql`left join lateral (
    select s.score from ticket_surveys s
    where s.ticket_id = t.id and s.answered_at is not null and s.score is not null
    order by s.created_at desc limit 1
  ) rating on true`;

type CohortKeys = { created: SQL; resolved: SQL; backlog?: SQL };

/** The tickets a report is narrowed to, as conditions on `t` (each preceded by `and`; none for all). */
function scopeConditions(scope: TicketReportScope): SQL {
  const conditions: SQL[] = [];
  if (scope.agentId !== undefined) conditions.push(sql`t.assigned_to = ${scope.agentId}`);
  if (scope.teamId !== undefined)
    conditions.push(
      sql`t.assigned_to in (select e.id from employees e where e.department_id = ${scope.teamId})`,
    );
  if (scope.categoryId !== undefined) conditions.push(sql`t.category_id = ${scope.categoryId}`);
  if (scope.clientId !== undefined) conditions.push(sql`t.client_id = ${scope.clientId}`);
  if (scope.priority !== undefined) conditions.push(sql`t.priority = ${scope.priority}`);
  if (scope.channel !== undefined) conditions.push(sql`t.channel = ${scope.channel}`);
  return sql.join(
    conditions.map((condition) => sql` and ${condition}`),
    sql``,
  );
}

/**
 * The per-ticket rows of the three cohorts (backlog only when it has a key) of the tickets in `scope`, as the
 * CTE `measures`.
 */
function measures(window: ReportWindow, scope: TicketReportScope, keys: CohortKeys, joins: SQL = sql``): SQL {
  const from = window.from.toISOString();
  const to = window.to.toISOString();
  const inScope = scopeConditions(scope);
  const parts = [
    sql`select ${keys.created}, ${cohortColumns('created')}
        from tickets t ${slaChecks} ${joins}
        where t.created_at >= ${from}::timestamptz and t.created_at < ${to}::timestamptz${inScope}`,
    sql`select ${keys.resolved}, ${cohortColumns('resolved')}
        from tickets t ${slaChecks} ${joins} ${latestRating}
        where t.resolved_at >= ${from}::timestamptz and t.resolved_at < ${to}::timestamptz
          and t.status in ('resolved', 'closed') and t.merged_into_id is null${inScope}`,
  ];
  if (keys.backlog) {
    parts.push(
      sql`select ${keys.backlog}, ${cohortColumns('backlog')} from tickets t ${slaChecks} ${joins}
          where ${unresolved}${inScope}`,
    );
  }
  return sql`measures ${cohortColumnNames} as (${sql.join(parts, sql` union all `)})`;
}

function durationAggregates(column: string, name: string): SQL {
  const value = sql.raw(`m.${column}::float8`);
  const alias = (suffix: string) => sql.raw(`"${name}${suffix}"`);
  return sql`count(${value})::int as ${alias('Count')},
    percentile_cont(0.5) within group (order by ${value}) as ${alias('Median')},
    avg(${value}) as ${alias('Average')},
    percentile_cont(0.9) within group (order by ${value}) as ${alias('P90')}`;
}

/** The figures of each group of `measures`, as columns named like FigureRow. */
const figureAggregates = sql`
  sum(m.created)::int as created, sum(m.resolved)::int as resolved, sum(m.backlog)::int as backlog,
  ${durationAggregates('fr_wall', 'firstResponseWall')},
  ${durationAggregates('fr_business', 'firstResponseBusiness')},
  ${durationAggregates('res_wall', 'resolutionWall')},
  ${durationAggregates('res_business', 'resolutionBusiness')},
  count(*) filter (where m.fr_sla_met)::int as "firstResponseSlaMet",
  count(*) filter (where m.fr_sla_due)::int as "firstResponseSlaTotal",
  count(*) filter (where m.res_sla_met)::int as "resolutionSlaMet",
  count(*) filter (where m.res_sla_due)::int as "resolutionSlaTotal",
  count(*) filter (where m.reopened)::int as reopened,
  avg(m.csat)::float8 as "csatAverage", count(m.csat)::int as "csatCount"`;

/** The period's figures over all tickets, and the backlog now; no row when there is no ticket at all. */
export async function summaryFigures(
  executor: Executor,
  window: ReportWindow,
  scope: TicketReportScope,
): Promise<FigureRow | undefined> {
  const all = sql`null::text`;
  const [row] = await queryRows<FigureRow>(
    executor,
    sql`with ${measures(window, scope, { created: all, resolved: all, backlog: all })}
        select ${figureAggregates} from measures m having count(*) > 0`,
  );
  return row;
}

export type GroupRow = FigureRow & { key: string | null; label: string | null; groupCount: number };

// How each grouping keys a ticket, what it needs joined for that, and how a key finds its name.
const groupings: Record<TicketReportGrouping, { key: SQL; joins?: SQL; label: SQL; labelJoin?: SQL }> = {
  agent: {
    key: sql`t.assigned_to`,
    label: sql`agent.name`,
    labelJoin: sql`left join employees agent on agent.id = g.group_key`,
  },
  team: {
    key: sql`assignee.department_id`,
    joins: sql`left join employees assignee on assignee.id = t.assigned_to`,
    label: sql`team.name`,
    labelJoin: sql`left join departments team on team.id = g.group_key`,
  },
  category: {
    key: sql`t.category_id`,
    label: sql`category.name`,
    labelJoin: sql`left join ticket_categories category on category.id = g.group_key`,
  },
  client: {
    key: sql`t.client_id`,
    label: sql`client.company_name`,
    labelJoin: sql`left join clients client on client.id = g.group_key`,
  },
  priority: { key: sql`t.priority`, label: sql`g.group_key` },
  channel: { key: sql`t.channel`, label: sql`g.group_key` },
};

/**
 * The figures per agent, team, category, client, priority or channel: the `limit` groups with the most
 * tickets (opened plus resolved in the period plus open now), biggest first, with their names.
 */
export function figuresByGroup(
  executor: Executor,
  window: ReportWindow,
  scope: TicketReportScope,
  by: TicketReportGrouping,
  limit: number,
): Promise<GroupRow[]> {
  const grouping = groupings[by];
  const { key } = grouping;
  return queryRows<GroupRow>(
    executor,
    sql`with ${measures(window, scope, { created: key, resolved: key, backlog: key }, grouping.joins)},
        grouped as (
          select m.key as group_key, ${figureAggregates}, count(*) over ()::int as "groupCount"
          from measures m group by m.key
          order by sum(m.created) + sum(m.resolved) + sum(m.backlog) desc, m.key nulls last
          limit ${limit}
        )
        select g.*, g.group_key::text as key, ${grouping.label} as label
        from grouped g ${grouping.labelJoin ?? sql``}
        order by g.created + g.resolved + g.backlog desc, g.group_key nulls last`,
  );
}

// The start as epoch milliseconds: raw queries return timestamps as text on one driver and Dates on the other.
export type PeriodRow = FigureRow & { period: string; startMs: number };

/**
 * The figures per day, week (from Monday) or month of the local calendar in `timeZone`: tickets opened in
 * the period by their opening, resolutions by their resolution. Every period of the window is listed, empty
 * ones with zeros.
 */
export function figuresByPeriod(
  executor: Executor,
  window: ReportWindow,
  scope: TicketReportScope,
  interval: TicketTrendInterval,
  timeZone: string,
): Promise<PeriodRow[]> {
  const periodOf = (column: SQL) => sql`date_trunc(${interval}, ${column} at time zone ${timeZone})`;
  const local = (instant: Date) => sql`(${instant.toISOString()}::timestamptz at time zone ${timeZone})`;
  return queryRows<PeriodRow>(
    executor,
    sql`with ${measures(window, scope, { created: periodOf(sql`t.created_at`), resolved: periodOf(sql`t.resolved_at`) })},
        grouped as (select m.key, ${figureAggregates} from measures m group by m.key),
        periods as (
          select generate_series(
            date_trunc(${interval}, ${local(window.from)}),
            ${local(window.to)} - interval '1 microsecond',
            ('1 ' || ${interval})::interval) as key
        )
        select to_char(p.key, 'YYYY-MM-DD') as period, (extract(epoch from p.key at time zone ${timeZone}) * 1000)::float8 as "startMs",
               coalesce(g.created, 0) as created, coalesce(g.resolved, 0) as resolved, 0 as backlog,
               g."firstResponseWallCount", g."firstResponseWallMedian", g."firstResponseWallAverage",
               g."firstResponseWallP90", g."firstResponseBusinessCount", g."firstResponseBusinessMedian",
               g."firstResponseBusinessAverage", g."firstResponseBusinessP90",
               g."resolutionWallCount", g."resolutionWallMedian", g."resolutionWallAverage",
               g."resolutionWallP90", g."resolutionBusinessCount", g."resolutionBusinessMedian",
               g."resolutionBusinessAverage", g."resolutionBusinessP90",
               g."firstResponseSlaMet", g."firstResponseSlaTotal", g."resolutionSlaMet",
               g."resolutionSlaTotal", g.reopened, g."csatAverage", g."csatCount"
        from periods p left join grouped g on g.key = p.key
        order by p.key`,
  );
}

export type BacklogRow = {
  /** Index of the age bucket: 0 is younger than the first bound, the last is older than every bound. */
  ageBucket: number;
  priority: string;
  status: string;
  tickets: number;
  breached: number;
};

/** Unresolved tickets as of `now`, counted by age bucket (between `ageBoundsHours`, ascending), priority and status. */
export function backlogCounts(
  executor: Executor,
  now: Date,
  ageBoundsHours: readonly number[],
  scope: TicketReportScope,
) {
  const ageBucket = sql.join(
    ageBoundsHours.map(
      (hours, index) =>
        sql`when t.created_at > ${now.toISOString()}::timestamptz - ${`${hours} hours`}::interval then ${index}::int`,
    ),
    sql` `,
  );
  return queryRows<BacklogRow>(
    executor,
    sql`select case ${ageBucket} else ${ageBoundsHours.length}::int end as "ageBucket",
               t.priority, t.status, count(*)::int as tickets,
               (count(*) filter (where sc.first_response_breached_at is not null
                                    or sc.resolution_breached_at is not null))::int as breached
        from tickets t ${slaChecks} where ${unresolved}${scopeConditions(scope)}
        group by 1, 2, 3`,
  );
}
