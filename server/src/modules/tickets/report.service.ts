import { DateTime } from 'luxon';
import type { HeavyQueryRunner } from '../../platform/db/heavy-query';
import { AppError } from '../../platform/http/errors';
import {
  type BacklogAgeBucket,
  backlogAgeBuckets,
  type TicketBacklog,
  type TicketBreakdown,
  type TicketBreakdownQuery,
  type TicketFigures,
  type TicketPeriodFigures,
  type TicketReportGrouping,
  type TicketReportQuery,
  type TicketReportScope,
  type TicketSummary,
  type TicketTrend,
  type TicketTrendQuery,
} from './report.dto';
import {
  backlogCounts,
  type FigureRow,
  figuresByGroup,
  figuresByPeriod,
  type ReportWindow,
  summaryFigures,
  unresolvedStatuses,
} from './report.repository';
import { ticketPriorities } from './schema';

const DEFAULT_DAYS = 30;
const MAX_YEARS = 2;
const BREAKDOWN_GROUPS = 50;
// The upper bounds of the backlog's age buckets, in hours; a last bucket takes everything older.
const AGE_BOUNDS_HOURS = [24, 72, 168, 720] as const;

const noGroupLabels: Record<TicketReportGrouping, string> = {
  agent: 'Unassigned',
  team: 'No team',
  category: 'Uncategorised',
  client: 'Unknown client',
  priority: 'None',
  channel: 'None',
};

const round = (value: number | null | undefined, decimals: number) =>
  value === null || value === undefined ? null : Number(value.toFixed(decimals));

const rate = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

function duration(
  row: FigureRow,
  prefix: 'firstResponseWall' | 'firstResponseBusiness' | 'resolutionWall' | 'resolutionBusiness',
) {
  return {
    count: row[`${prefix}Count`] ?? 0,
    median: round(row[`${prefix}Median`], 2),
    average: round(row[`${prefix}Average`], 2),
    p90: round(row[`${prefix}P90`], 2),
  };
}

function periodFiguresOf(row: FigureRow | undefined): TicketPeriodFigures {
  const figures = row ?? ({} as Partial<FigureRow> as FigureRow);
  const count = (value: number | null | undefined) => value ?? 0;
  const resolved = count(figures.resolved);
  return {
    created: count(figures.created),
    resolved,
    firstResponse: {
      wall: duration(figures, 'firstResponseWall'),
      business: duration(figures, 'firstResponseBusiness'),
    },
    resolution: {
      wall: duration(figures, 'resolutionWall'),
      business: duration(figures, 'resolutionBusiness'),
    },
    sla: {
      firstResponse: {
        met: count(figures.firstResponseSlaMet),
        total: count(figures.firstResponseSlaTotal),
        rate: rate(count(figures.firstResponseSlaMet), count(figures.firstResponseSlaTotal)),
      },
      resolution: {
        met: count(figures.resolutionSlaMet),
        total: count(figures.resolutionSlaTotal),
        rate: rate(count(figures.resolutionSlaMet), count(figures.resolutionSlaTotal)),
      },
    },
    reopen: { reopened: count(figures.reopened), rate: rate(count(figures.reopened), resolved) },
    csat: { average: round(figures.csatAverage, 2), count: count(figures.csatCount) },
  };
}

const figuresOf = (row: FigureRow | undefined): TicketFigures => ({
  ...periodFiguresOf(row),
  backlog: row?.backlog ?? 0,
});

/** Where a query's bound lies: a bare day is midnight in `timeZone`, a date-time is what it says. */
function instantOf(value: string, timeZone: string): Date {
  return value.length === 10
    ? DateTime.fromISO(value, { zone: timeZone }).startOf('day').toJSDate()
    : new Date(value);
}

/**
 * Resolution analytics: response and resolution times, SLA attainment, reopens, satisfaction and the backlog,
 * read live from the tickets. Every report reads a period's worth of tickets, so each runs through `heavy`
 * (a few at a time, each statement with a timeout) until the analytics warehouse takes them over.
 */
export function createTicketReportService(deps: { clock: () => Date; heavy: HeavyQueryRunner }) {
  const { clock, heavy } = deps;

  function windowOf(query: TicketReportQuery): ReportWindow {
    const to = query.to ? instantOf(query.to, query.tz) : clock();
    const from = query.from
      ? instantOf(query.from, query.tz)
      : DateTime.fromJSDate(to, { zone: query.tz }).minus({ days: DEFAULT_DAYS }).toJSDate();
    if (from >= to) {
      throw new AppError('invalid_period', 400, '`from` must be before `to`', {
        errors: [{ parameter: 'querystring.from', message: 'must be before to' }],
      });
    }
    if (DateTime.fromJSDate(from, { zone: query.tz }).plus({ years: MAX_YEARS }).toJSDate() < to) {
      throw new AppError('period_too_long', 400, `A report covers at most ${MAX_YEARS} years`, {
        errors: [{ parameter: 'querystring.to', message: `at most ${MAX_YEARS} years after from` }],
      });
    }
    return { from, to };
  }

  return {
    async summary(query: TicketReportQuery): Promise<TicketSummary> {
      const window = windowOf(query);
      const row = await heavy.run((transaction) => summaryFigures(transaction, window, query));
      return { ...window, timeZone: query.tz, totals: figuresOf(row) };
    },

    async breakdown(query: TicketBreakdownQuery): Promise<TicketBreakdown> {
      const window = windowOf(query);
      const rows = await heavy.run((transaction) =>
        figuresByGroup(transaction, window, query, query.by, BREAKDOWN_GROUPS),
      );
      return {
        ...window,
        timeZone: query.tz,
        by: query.by,
        groupCount: rows[0]?.groupCount ?? 0,
        groups: rows.map((row) => ({
          key: row.key,
          label: row.key === null ? noGroupLabels[query.by] : (row.label ?? `#${row.key}`),
          ...figuresOf(row),
        })),
      };
    },

    async trend(query: TicketTrendQuery): Promise<TicketTrend> {
      const window = windowOf(query);
      const rows = await heavy.run((transaction) =>
        figuresByPeriod(transaction, window, query, query.interval, query.tz),
      );
      return {
        ...window,
        timeZone: query.tz,
        interval: query.interval,
        periods: rows.map((row) => ({
          period: row.period,
          start: new Date(row.startMs),
          ...periodFiguresOf(row),
        })),
      };
    },

    async backlog(scope: TicketReportScope = {}): Promise<TicketBacklog> {
      const asOf = clock();
      const rows = await heavy.run((transaction) =>
        backlogCounts(transaction, asOf, AGE_BOUNDS_HOURS, scope),
      );
      const zeroByPriority = () =>
        Object.fromEntries(ticketPriorities.map((priority) => [priority, 0])) as Record<
          (typeof ticketPriorities)[number],
          number
        >;
      const ages = backlogAgeBuckets.map((bucket: BacklogAgeBucket) => ({
        bucket,
        total: 0,
        byPriority: zeroByPriority(),
      }));
      const byStatus = new Map<string, number>(unresolvedStatuses.map((status) => [status, 0]));
      let total = 0;
      let breached = 0;
      for (const row of rows) {
        const age = ages[row.ageBucket];
        if (age) {
          age.total += row.tickets;
          age.byPriority[row.priority as (typeof ticketPriorities)[number]] += row.tickets;
        }
        byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.tickets);
        total += row.tickets;
        breached += row.breached;
      }
      return {
        asOf,
        total,
        breached,
        ages,
        byStatus: unresolvedStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      };
    },
  };
}
