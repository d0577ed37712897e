import { isOneOf, ticketChannels, ticketPriorities } from '../../support-settings/utils/support-options';
import type { TicketReportQuery } from '../api/ticket-report-types';

export const reportRanges = ['7d', '30d', '90d', 'custom'] as const;
export const trendIntervals = ['day', 'week', 'month'] as const;
export const breakdownGroupings = ['agent', 'team', 'category', 'client', 'priority', 'channel'] as const;

export type ReportRange = (typeof reportRanges)[number];
export type TrendInterval = (typeof trendIntervals)[number];
export type BreakdownGrouping = (typeof breakdownGroupings)[number];

/** One agent, team, category, client, priority or channel every figure is narrowed to, with its name. */
export type ReportFocus = { by: BreakdownGrouping; key: string; label: string };

/** What the support analytics page shows, as kept in its URL. Days are YYYY-MM-DD; `to` is the last day shown. */
export type TicketReportParams = {
  range: ReportRange;
  from: string;
  to: string;
  interval: TrendInterval;
  by: BreakdownGrouping;
  focus: ReportFocus | null;
};

const presetDays: Record<Exclude<ReportRange, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90 };
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string | null): value is string {
  return value !== null && dayPattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return isOneOf(values, value) ? value : fallback;
}

const wholeNumber = /^[1-9]\d{0,9}$/;
const focusPattern = /^([a-z]+):(.+)$/;

/** Whether `key` can name a group of this kind: ids are whole numbers, priorities and channels their names. */
function isFocusKey(by: BreakdownGrouping, key: string): boolean {
  if (by === 'priority') return isOneOf(ticketPriorities, key);
  if (by === 'channel') return isOneOf(ticketChannels, key);
  return wholeNumber.test(key);
}

/** Reads `focus=agent:12` (and the name shown for it, `focusLabel`); anything malformed is no focus. */
function readFocus(search: URLSearchParams): ReportFocus | null {
  const match = focusPattern.exec(search.get('focus') ?? '');
  if (!match) return null;
  const [, by = '', key = ''] = match;
  if (!isOneOf(breakdownGroupings, by) || !isFocusKey(by, key)) return null;
  return { by, key, label: search.get('focusLabel') || key };
}

/** The URL form of a focus, for `focus` and `focusLabel`. */
export function focusSearchValue(focus: ReportFocus): string {
  return `${focus.by}:${focus.key}`;
}

export type FocusQuery = Partial<
  Pick<TicketReportQuery, 'agentId' | 'teamId' | 'categoryId' | 'clientId' | 'priority' | 'channel'>
>;

/** The reports' query parameter that narrows them to the focus (none without one). */
export function focusQuery(focus: ReportFocus | null): FocusQuery {
  if (!focus) return {};
  const { by, key } = focus;
  switch (by) {
    case 'agent':
      return { agentId: Number(key) };
    case 'team':
      return { teamId: Number(key) };
    case 'category':
      return { categoryId: Number(key) };
    case 'client':
      return { clientId: Number(key) };
    case 'priority':
      return isOneOf(ticketPriorities, key) ? { priority: key } : {};
    case 'channel':
      return isOneOf(ticketChannels, key) ? { channel: key } : {};
  }
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
 * broken down by agent, over all tickets. A custom range keeps the days it names.
 */
export function readTicketReportParams(search: URLSearchParams, today: string): TicketReportParams {
  const range = oneOf(reportRanges, search.get('range'), '30d');
  const interval = oneOf(trendIntervals, search.get('interval'), 'day');
  const by = oneOf(breakdownGroupings, search.get('by'), 'agent');
  const focus = readFocus(search);
  if (range !== 'custom') return { range, ...presetPeriod(range, today), interval, by, focus };
  const fallback = presetPeriod('30d', today);
  const from = search.get('from');
  const to = search.get('to');
  return {
    range,
    from: isDay(from) ? from : fallback.from,
    to: isDay(to) ? to : fallback.to,
    interval,
    by,
    focus,
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
