/** A percentage as the API sends it ("12.50") the way people write it ("12.5"); other text as it is. */
export function formatPercent(value: string): string {
  if (!/^\d+(\.\d+)?$/.test(value)) return value;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
