/**
 * Exact decimal money. Amounts travel as strings ("1234.50", as PostgreSQL numeric returns them) and are
 * computed as integer cents in BigInt, so no binary floating point ever touches a price or a total.
 * Rounding is half away from zero, to the cent, at the points the caller chooses.
 */
export type Cents = bigint;

const decimalPattern = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Parses a decimal string into an integer count of 10^-scale units, refusing anything inexact. */
function parseScaled(value: string, scale: number): bigint {
  const match = decimalPattern.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal number: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale && /[1-9]/.test(fraction.slice(scale))) {
    throw new RangeError(`${value} has more than ${scale} decimal places`);
  }
  const units = BigInt(`${whole}${fraction.slice(0, scale).padEnd(scale, '0')}`);
  return sign ? -units : units;
}

/** "12.34" → 1234n. Throws on anything that is not an exact amount in cents. */
export function toCents(amount: string): Cents {
  return parseScaled(amount, 2);
}

/** 1234n → "12.34" (always two decimals, as numeric(12,2) stores it). */
export function formatCents(cents: Cents): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Divides, rounding half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** The share `rate` of `cents`, where rate is a decimal string such as "12.5" percent or "0.0825". */
export function applyRate(cents: Cents, rate: string, options: { percent?: boolean } = {}): Cents {
  const scale = 6;
  const scaledRate = parseScaled(rate, scale);
  const denominator = 10n ** BigInt(scale) * (options.percent ? 100n : 1n);
  return divideRounded(cents * scaledRate, denominator);
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

export const minCents = (a: Cents, b: Cents): Cents => (a < b ? a : b);
export const maxCents = (a: Cents, b: Cents): Cents => (a > b ? a : b);
