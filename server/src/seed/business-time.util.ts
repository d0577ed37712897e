import { type BusinessCalendar, openIntervals } from '../modules/tickets/business-calendar.util';

/** Business time over a fixed span of a calendar, answered without walking the calendar day by day. */
export type BusinessTimeTable = {
  /** Business milliseconds between two instants (epoch ms); 0 when `to` is not after `from`. */
  millisBetween(from: number, to: number): number;
  /** The instant `millis` of business time after `from`, as `addBusinessMillis` answers it. */
  addMillis(from: number, millis: number): number;
};

/**
 * A calendar's open intervals over `[from, to)`, read once through business-calendar.util, with the business
 * time before each: every answer is then a binary search. The seed asks millions of questions (each finished
 * ticket's response and resolution times, its breach instants); the calendar util walks days in luxon for
 * each. Same answers within the span (the spec compares them); outside it, an error, not a guess.
 */
export function businessTimeTable(
  calendar: BusinessCalendar,
  span: { from: number; to: number },
): BusinessTimeTable {
  const intervals = [...openIntervals(calendar, new Date(span.from), new Date(span.to))];
  const count = intervals.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  // Business time before each interval starts, and up to where it ends.
  const before = new Float64Array(count);
  const upToEnd = new Float64Array(count);
  let total = 0;
  intervals.forEach((interval, index) => {
    starts[index] = interval.start.getTime();
    ends[index] = interval.end.getTime();
    before[index] = total;
    total += (ends[index] as number) - (starts[index] as number);
    upToEnd[index] = total;
  });

  const outside = (at: number) =>
    new RangeError(`seed: ${new Date(at).toISOString()} is outside the business time table`);
  /** The first index in [low, count) whose value is above `value` (or at least it, with `orEqual`). */
  const firstAbove = (values: Float64Array, value: number, low: number, orEqual: boolean) => {
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      const candidate = values[middle] as number;
      if (candidate > value || (orEqual && candidate === value)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const businessBefore = (at: number) => {
    if (at < span.from || at > span.to) throw outside(at);
    const index = firstAbove(starts, at, 0, false) - 1;
    if (index < 0) return 0;
    return (before[index] as number) + Math.min(at, ends[index] as number) - (starts[index] as number);
  };

  return {
    millisBetween: (from, to) => (to <= from ? 0 : businessBefore(to) - businessBefore(from)),
    addMillis(from, millis) {
      if (from < span.from) throw outside(from);
      const first = firstAbove(ends, from, 0, false);
      if (first >= count) throw outside(from);
      const target =
        (before[first] as number) + Math.max(0, from - (starts[first] as number)) + Math.max(0, millis);
      const index = firstAbove(upToEnd, target, first, true);
      if (index >= count) throw outside(from + millis);
      return (starts[index] as number) + target - (before[index] as number);
    },
  };
}
