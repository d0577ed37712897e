/** A target as the form shows it: whole hours and minutes. */
export type HoursAndMinutes = { hours: number; minutes: number };

export function splitMinutes(total: number): HoursAndMinutes {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** Hours and minutes as whole minutes, or null unless both are whole, not negative, and minutes under 60. */
export function joinMinutes(value: { hours: number | string; minutes: number | string }): number | null {
  const hours = typeof value.hours === 'number' ? value.hours : value.hours === '' ? 0 : Number.NaN;
  const minutes = typeof value.minutes === 'number' ? value.minutes : value.minutes === '' ? 0 : Number.NaN;
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return null;
  if (hours < 0 || minutes < 0 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** The warning share (0–1) as a whole percentage for the form. */
export function percentOfShare(share: number): number {
  return Math.round(share * 100);
}

/** A percentage from the form as the API's share, or null outside 1–99. */
export function shareOfPercent(percent: number | string): number | null {
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 1 || percent > 99) return null;
  return Math.round(percent * 100) / 10_000;
}
