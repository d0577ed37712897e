import { DateTime } from 'luxon';

/** Minutes after local midnight: 540 is 09:00, 1440 the end of the day. */
export type OpeningHours = { start: number; end: number };

/**
 * When a support team works: opening hours per ISO weekday (1 = Monday … 7 = Sunday) in one IANA time zone,
 * and holidays (local dates, `YYYY-MM-DD`) on which it does not.
 */
export type BusinessCalendar = {
  timeZone: string;
  week: Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly OpeningHours[]>>>;
  holidays: ReadonlySet<string>;
};

export type BusinessInterval = { start: Date; end: Date };

// A deadline further away than this is a misconfigured calendar (every day a holiday), not a real SLA.
const maxSearchDays = 3 * 366;

/** Round the clock, every day: the calendar of a policy that has none. */
export function alwaysOpenCalendar(timeZone = 'UTC'): BusinessCalendar {
  const allDay = [{ start: 0, end: 24 * 60 }];
  return {
    timeZone,
    week: { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay },
    holidays: new Set(),
  };
}

/** Why a calendar cannot be used, or null: an unknown zone, hours out of order, or a week with no hours. */
export function calendarProblem(calendar: BusinessCalendar): string | null {
  if (!DateTime.local().setZone(calendar.timeZone).isValid) return `unknown time zone ${calendar.timeZone}`;
  let openMinutes = 0;
  for (const [day, hours] of Object.entries(calendar.week)) {
    const sorted = [...(hours ?? [])].sort((a, b) => a.start - b.start);
    for (const [index, range] of sorted.entries()) {
      if (!Number.isInteger(range.start) || !Number.isInteger(range.end))
        return `day ${day}: whole minutes only`;
      if (range.start < 0 || range.end > 24 * 60 || range.start >= range.end)
        return `day ${day}: hours must run forward within the day`;
      const previous = sorted[index - 1];
      if (previous && previous.end > range.start) return `day ${day}: opening hours overlap`;
      openMinutes += range.end - range.start;
    }
  }
  return openMinutes === 0 ? 'the week has no opening hours' : null;
}

/**
 * The calendar's open intervals that overlap [from, to), clipped to it, in order. Local times that a
 * daylight-saving change skips move forward (as the clocks do); repeated ones count once.
 */
export function* openIntervals(
  calendar: BusinessCalendar,
  from: Date,
  to?: Date,
): Generator<BusinessInterval> {
  const fromMs = from.getTime();
  const toMs = to?.getTime() ?? Number.POSITIVE_INFINITY;
  let day = localDayAt(calendar.timeZone, fromMs);
  for (let searched = 0; searched <= maxSearchDays; searched++, day = nextLocalDay(calendar.timeZone, day)) {
    if (day.startMs >= toMs) return;
    if (calendar.holidays.has(day.isoDate)) continue;
    const hours = calendar.week[day.weekday] ?? [];
    for (const range of [...hours].sort((a, b) => a.start - b.start)) {
      const start = Math.max(localInstant(day, range.start), fromMs);
      const end = Math.min(localInstant(day, range.end), toMs);
      if (end > start) yield { start: new Date(start), end: new Date(end) };
    }
  }
  if (to === undefined) throw new Error('the calendar has no opening hours within three years');
}

/** Business time, in milliseconds, between two instants (0 when `to` is not after `from`). */
export function businessMillisBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;
  let total = 0;
  for (const interval of openIntervals(calendar, from, to))
    total += interval.end.getTime() - interval.start.getTime();
  return total;
}

/**
 * The instant at which `millis` of business time have passed since `from`. Zero from outside opening hours
 * is the moment they open: a ticket that arrives on Saturday is due from Monday morning.
 */
export function addBusinessMillis(calendar: BusinessCalendar, from: Date, millis: number): Date {
  let remaining = Math.max(0, millis);
  for (const interval of openIntervals(calendar, from)) {
    const length = interval.end.getTime() - interval.start.getTime();
    if (remaining <= length) return new Date(interval.start.getTime() + remaining);
    remaining -= length;
  }
  throw new Error('unreachable: openIntervals without an end either yields or throws');
}

/** Whether the team is at work at this instant. */
export function isOpenAt(calendar: BusinessCalendar, at: Date): boolean {
  const next = openIntervals(calendar, at).next();
  return !next.done && next.value.start.getTime() === at.getTime();
}

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One local calendar day of a time zone: its date, weekday, first instant, and the instants of its minutes. */
type LocalDay = {
  date: DateTime;
  isoDate: string;
  weekday: Weekday;
  startMs: number;
  nextStartMs: number;
  instants: Map<number, number>;
};

// Time-zone arithmetic (luxon over Intl) is the dear part of SLA deadlines: every ticket walks the same few
// days of the same calendars, so each local day is worked out once per zone. Days never change; the cache
// is only bounded, and emptied when full.
const localDays = new Map<string, LocalDay>();
const maxCachedDays = 20_000;

function cachedLocalDay(timeZone: string, date: DateTime): LocalDay {
  const startMs = date.toMillis();
  const key = `${timeZone}|${startMs}`;
  let day = localDays.get(key);
  if (!day) {
    if (localDays.size >= maxCachedDays) localDays.clear();
    day = {
      date,
      isoDate: date.toISODate() ?? '',
      weekday: date.weekday as Weekday,
      startMs,
      nextStartMs: date.plus({ days: 1 }).toMillis(),
      instants: new Map(),
    };
    localDays.set(key, day);
  }
  return day;
}

// Every zone's offset today is a whole number of quarter hours and clocks change on quarter hours, so all instants
// of one UTC quarter hour fall in the same local day.
const quarterHourMs = 15 * 60 * 1000;
const dayOfQuarter = new Map<string, LocalDay>();

/** The local day of `timeZone` in which the instant falls. */
function localDayAt(timeZone: string, instantMs: number): LocalDay {
  const key = `${timeZone}|${Math.floor(instantMs / quarterHourMs)}`;
  let day = dayOfQuarter.get(key);
  if (!day) {
    if (dayOfQuarter.size >= maxCachedDays) dayOfQuarter.clear();
    day = cachedLocalDay(timeZone, DateTime.fromMillis(instantMs, { zone: timeZone }).startOf('day'));
    dayOfQuarter.set(key, day);
  }
  return day;
}

function nextLocalDay(timeZone: string, day: LocalDay): LocalDay {
  const key = `${timeZone}|${day.nextStartMs}`;
  return localDays.get(key) ?? cachedLocalDay(timeZone, day.date.plus({ days: 1 }));
}

/** The instant of `minutes` after local midnight of `day`; 1440 is the next midnight, whatever the day's length. */
function localInstant(day: LocalDay, minutes: number): number {
  if (minutes >= 24 * 60) return day.nextStartMs;
  let instant = day.instants.get(minutes);
  if (instant === undefined) {
    instant = day.date.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
    day.instants.set(minutes, instant);
  }
  return instant;
}
