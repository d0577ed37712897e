import type { RevenueGrouping } from '../api/report-types';

export const periodGroupings = ['day', 'week', 'month'] as const satisfies readonly RevenueGrouping[];
export const breakdownGroupings = [
  'product',
  'category',
  'client',
  'tier',
  'owner',
] as const satisfies readonly RevenueGrouping[];

export type PeriodGrouping = (typeof periodGroupings)[number];
export type BreakdownGrouping = (typeof breakdownGroupings)[number];

/** What the analytics page shows, as kept in its URL. Days are YYYY-MM-DD; `to` is the last day shown. */
export type ReportParams = { from: string; to: string; by: PeriodGrouping; breakdown: BreakdownGrouping };

const day = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string | null): value is string {
  return value !== null && day.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds days to a calendar day, in UTC, so no time zone shifts it. */
export function addDays(value: string, days: number): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** The last twelve months up to today: from the first day of the month eleven months back. */
export function defaultPeriod(today: Date): Pick<ReportParams, 'from' | 'to'> {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: dayOf(start), to: dayOf(today) };
}

export function readReportParams(search: URLSearchParams, today: Date): ReportParams {
  const fallback = defaultPeriod(today);
  const from = search.get('from');
  const to = search.get('to');
  const by = search.get('by');
  const breakdown = search.get('breakdown');
  return {
    from: isDay(from) ? from : fallback.from,
    to: isDay(to) ? to : fallback.to,
    by: (periodGroupings as readonly string[]).includes(by ?? '') ? (by as PeriodGrouping) : 'month',
    breakdown: (breakdownGroupings as readonly string[]).includes(breakdown ?? '')
      ? (breakdown as BreakdownGrouping)
      : 'product',
  };
}

/**
 * The API's period for the days shown: `from` inclusive, `to` exclusive (the day after the last one), or
 * null when the last day comes before the first.
 */
export function apiPeriod(params: Pick<ReportParams, 'from' | 'to'>): { from: string; to: string } | null {
  if (params.to < params.from) return null;
  return { from: params.from, to: addDays(params.to, 1) };
}

/**
 * A decimal amount as a number, for the length of a bar or the height of a point only: every figure a
 * person reads is the server's string, formatted.
 */
export function chartValue(amount: string): number {
  return Number(amount);
}
