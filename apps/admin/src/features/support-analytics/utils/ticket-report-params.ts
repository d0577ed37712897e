export const reportRanges = ['7d', '30d', '90d', 'custom'] as const;
export const trendIntervals = ['day', 'week', 'month'] as const;
export const breakdownGroupings = ['agent', 'team', 'category', 'client', 'priority', 'channel'] as const;

export type ReportRange = (typeof reportRanges)[number];
export type TrendInterval = (typeof trendIntervals)[number];
export type BreakdownGrouping = (typeof breakdownGroupings)[number];

/** What the support analytics page shows, as kept in its URL. Days are YYYY-MM-DD; `to` is the last day shown. */
export type TicketReportParams = {
  range: ReportRange;
  from: string;
  to: string;
  interval: TrendInterval;
  by: BreakdownGrouping;
};

const presetDays: Record<Exclude<ReportRange, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90 };
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string | null): value is string {
  return value !== null && dayPattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** Adds days to a calendar day, in UTC, so no time zone shifts it. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The calendar day of an instant where the person is (the browser's zone). */
export function localDay(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The days a preset covers, ending today: the last 30 days are today and the 29 before it. */
export function presetPeriod(range: Exclude<ReportRange, 'custom'>, today: string) {
  return { from: addDays(today, 1 - presetDays[range]), to: today };
}

/**
 * Reads the page's parameters; anything missing or malformed falls back to the last 30 days, by day,
 * broken down by agent. A custom range keeps the days it names.
 */
export function readTicketReportParams(search: URLSearchParams, today: string): TicketReportParams {
  const range = oneOf(reportRanges, search.get('range'), '30d');
  const interval = oneOf(trendIntervals, search.get('interval'), 'day');
  const by = oneOf(breakdownGroupings, search.get('by'), 'agent');
  if (range !== 'custom') return { range, ...presetPeriod(range, today), interval, by };
  const fallback = presetPeriod('30d', today);
  const from = search.get('from');
  const to = search.get('to');
  return {
    range,
    from: isDay(from) ? from : fallback.from,
    to: isDay(to) ? to : fallback.to,
    interval,
    by,
  };
}

/**
 * The API's period for the days shown, in the person's time zone: `from` inclusive, `to` exclusive (the day
 * after the last one), or null when the last day comes before the first.
 */
export function reportPeriod(
  params: Pick<TicketReportParams, 'from' | 'to'>,
  timeZone: string,
): { from: string; to: string; tz: string } | null {
  if (params.to < params.from) return null;
  return { from: params.from, to: addDays(params.to, 1), tz: timeZone };
}
