/** Minutes after local midnight, as the API keeps opening hours: 540 is 09:00, 1440 the end of the day. */
export type OpeningHours = { start: number; end: number };
export type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';
export type Week = Partial<Record<Weekday, OpeningHours[]>>;
export type Holiday = { day: string; name: string };

/** ISO weekdays, Monday first. */
export const weekdays: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '7'];

/** One range of the weekly grid as the form edits it: local times "HH:MM"; an end of "00:00" is midnight. */
export type HoursRow = { key: string; start: string; end: string };
export type CalendarFormValues = {
  name: string;
  timeZone: string;
  week: Record<Weekday, HoursRow[]>;
  holidays: (Holiday & { key: string })[];
};

export type RangeProblem = 'invalidTime' | 'endBeforeStart' | 'overlap';
export type HolidayProblem = 'dayRequired' | 'nameRequired' | 'duplicate';

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMinutes = 24 * 60;

let nextKey = 0;
/** A key for a new line of the form, so React keeps each line's inputs as lines come and go. */
export function newRowKey(prefix: string): string {
  nextKey += 1;
  return `${prefix}-${nextKey}`;
}

/** "HH:MM" as minutes after midnight, or null when it is not a time of day. */
export function minutesOfTime(time: string): number | null {
  const match = timePattern.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes after midnight as "HH:MM"; the end of the day (1440) reads as "00:00", the next midnight. */
export function timeOfMinutes(minutes: number): string {
  const within = ((minutes % dayMinutes) + dayMinutes) % dayMinutes;
  return `${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
}

/** A row's range in minutes; an end at or before "00:00" means midnight at the end of the day. */
export function rangeOfRow(row: Pick<HoursRow, 'start' | 'end'>): OpeningHours | null {
  const start = minutesOfTime(row.start);
  const end = minutesOfTime(row.end);
  if (start === null || end === null) return null;
  return { start, end: end === 0 ? dayMinutes : end };
}

/** What is wrong with each range of one day, by row key: a bad time, an end before the start, an overlap. */
export function dayProblems(rows: readonly HoursRow[]): Map<string, RangeProblem> {
  const problems = new Map<string, RangeProblem>();
  const valid: { key: string; range: OpeningHours }[] = [];
  for (const row of rows) {
    const range = rangeOfRow(row);
    if (!range) problems.set(row.key, 'invalidTime');
    else if (range.start >= range.end) problems.set(row.key, 'endBeforeStart');
    else valid.push({ key: row.key, range });
  }
  valid.sort((left, right) => left.range.start - right.range.start);
  for (let index = 1; index < valid.length; index++) {
    const previous = valid[index - 1];
    const current = valid[index];
    if (previous && current && previous.range.end > current.range.start) problems.set(current.key, 'overlap');
  }
  return problems;
}

/** What is wrong with each holiday, by key: no day, no name, or a day an earlier line has. */
export function holidayProblems(holidays: CalendarFormValues['holidays']): Map<string, HolidayProblem> {
  const problems = new Map<string, HolidayProblem>();
  const seen = new Set<string>();
  for (const holiday of holidays) {
    if (!dayPattern.test(holiday.day)) problems.set(holiday.key, 'dayRequired');
    else if (!holiday.name.trim()) problems.set(holiday.key, 'nameRequired');
    else if (seen.has(holiday.day)) problems.set(holiday.key, 'duplicate');
    else seen.add(holiday.day);
  }
  return problems;
}

/** The open minutes of a week as the form has it (only valid ranges count). */
export function openMinutes(week: CalendarFormValues['week']): number {
  let total = 0;
  for (const day of weekdays)
    for (const row of week[day]) {
      const range = rangeOfRow(row);
      if (range && range.end > range.start) total += range.end - range.start;
    }
  return total;
}

/** The form's week as the API takes it: each day's ranges in order; days without hours left out. */
export function weekOfForm(week: CalendarFormValues['week']): Week {
  const result: Week = {};
  for (const day of weekdays) {
    const ranges = week[day]
      .map(rangeOfRow)
      .filter((range): range is OpeningHours => range !== null)
      .sort((left, right) => left.start - right.start);
    if (ranges.length > 0) result[day] = ranges;
  }
  return result;
}

/** A calendar as the form edits it; a new one opens Monday to Friday, 09:00–17:00. */
export function calendarFormValues(
  calendar: { name: string; timeZone: string; week: Week; holidays: readonly Holiday[] } | null,
  defaultTimeZone: string,
): CalendarFormValues {
  const officeHours: Week = { 1: [{ start: 540, end: 1020 }], 2: [{ start: 540, end: 1020 }] };
  for (const day of ['3', '4', '5'] as const) officeHours[day] = [{ start: 540, end: 1020 }];
  const week = calendar?.week ?? officeHours;
  return {
    name: calendar?.name ?? '',
    timeZone: calendar?.timeZone ?? defaultTimeZone,
    week: Object.fromEntries(
      weekdays.map((day) => [
        day,
        (week[day] ?? []).map((range) => ({
          key: newRowKey(`hours-${day}`),
          start: timeOfMinutes(range.start),
          end: timeOfMinutes(range.end),
        })),
      ]),
    ) as CalendarFormValues['week'],
    holidays: (calendar?.holidays ?? []).map((holiday) => ({ ...holiday, key: newRowKey('holiday') })),
  };
}

/** The form as the API takes it. */
export function calendarOfForm(values: CalendarFormValues) {
  return {
    name: values.name.trim(),
    timeZone: values.timeZone,
    week: weekOfForm(values.week),
    holidays: values.holidays
      .map((holiday) => ({ day: holiday.day, name: holiday.name.trim() }))
      .sort((left, right) => left.day.localeCompare(right.day)),
  };
}
