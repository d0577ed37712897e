/** A number of minutes split for reading: days and hours for long spans, hours and minutes for short ones. */
export type DurationParts = { days: number; hours: number; minutes: number };

/**
 * Splits minutes into at most two units that matter: under an hour only minutes, under a day hours and
 * minutes, beyond that days and hours (the remaining minutes are rounded into the hours).
 */
export function durationParts(totalMinutes: number): DurationParts {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 24 * 60) return { days: 0, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  const hours = Math.round(minutes / 60);
  return { days: Math.floor(hours / 24), hours: hours % 24, minutes: 0 };
}

/** A 0–1 rate as a chart value in percent (two decimals), or null when there is nothing to measure. */
export function percentValue(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10_000) / 100;
}
