const units = ['B', 'KB', 'MB', 'GB'] as const;

/** A file size for people: "512 B", "1.5 KB", "10 MB" (powers of 1024, one decimal below 10). */
export function fileSize(bytes: number, locale = 'en'): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
