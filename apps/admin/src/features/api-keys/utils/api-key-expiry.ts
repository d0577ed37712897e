/** How long a new key lives: a number of days from now, until the end of a chosen day, or until revoked. */
export const apiKeyExpiryChoices = ['7', '30', '90', '365', 'date', 'never'] as const;
export type ApiKeyExpiryChoice = (typeof apiKeyExpiryChoices)[number];

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of this moment in the browser's time zone, as a date input shows days. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last moment of a `YYYY-MM-DD` day in the browser's time zone, or null for anything else. */
export function endOfLocalDay(day: string): Date | null {
  const match = dayPattern.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const end = new Date(year, month - 1, date, 23, 59, 59, 999);
  // new Date rolls 2025-02-31 over into March; such a day does not exist.
  return end.getMonth() === month - 1 && end.getDate() === date ? end : null;
}

/** What is wrong with a chosen last day, if anything: missing, not a day, or already over. */
export function expiryDayProblem(day: string, now: Date): 'required' | 'invalid' | 'past' | null {
  if (!day.trim()) return 'required';
  const end = endOfLocalDay(day.trim());
  if (!end) return 'invalid';
  return end <= now ? 'past' : null;
}

/**
 * When a key chosen this way expires: null when it never does. A chosen day counts in full, so the key
 * works until that day ends where the person chose it. Undefined when that day is not a usable one.
 */
export function apiKeyExpiresAt(choice: ApiKeyExpiryChoice, day: string, now: Date): Date | null | undefined {
  if (choice === 'never') return null;
  if (choice === 'date')
    return expiryDayProblem(day, now) ? undefined : (endOfLocalDay(day.trim()) ?? undefined);
  return new Date(now.getTime() + Number(choice) * dayMs);
}
