const units = ['B', 'KB', 'MB', 'GB'] as const;

/** A file size for people: 512 B, 2.4 KB, 10 MB (powers of 1024, one decimal below 10). */
export function formatFileSize(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${units[unit]}`;
}
