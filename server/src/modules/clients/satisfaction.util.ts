/** Net Promoter Score: % promoters (9–10) minus % detractors (0–6), to one decimal; null without answers. */
export function netPromoterScore(counts: {
  promoters: number;
  detractors: number;
  count: number;
}): number | null {
  if (counts.count === 0) return null;
  // Integer arithmetic until the one division, so 1/3 − 1/3 is exactly 0.
  return Math.round((1000 * (counts.promoters - counts.detractors)) / counts.count) / 10;
}

/** A numeric average as PostgreSQL returns it (text), as a number with two decimals; null when absent. */
export function averageFromText(value: string | null): number | null {
  return value === null ? null : Math.round(Number(value) * 100) / 100;
}
