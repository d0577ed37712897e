const pad = (value: number) => String(value).padStart(2, '0');

/**
 * An instant as a `datetime-local` input shows it: `YYYY-MM-DDTHH:mm` in the browser's time zone; empty for
 * none or an unreadable value.
 */
export function toLocalDateTimeInput(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** What a `datetime-local` input holds, as the ISO instant the API takes; null when empty or incomplete. */
export function fromLocalDateTimeInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hours, minutes] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hours, minutes);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
