/**
 * Checks and converts the decimal strings the order forms send. Amounts, percentages and rates travel as
 * strings and are handled as digits here, never as binary floating point.
 */

const amountPattern = /^\d{1,10}(\.\d{1,2})?$/;
const percentPattern = /^\d{1,3}(\.\d{1,2})?$/;

/** A money amount the API accepts: more than zero, at most two decimals, fits numeric(12,2). */
export function isAmount(text: string): boolean {
  const value = text.trim();
  return amountPattern.test(value) && /[1-9]/.test(value);
}

/** A percentage from 0 to 100 with at most two decimals, e.g. "12.5". */
export function isPercent(text: string): boolean {
  const value = text.trim();
  if (!percentPattern.test(value)) return false;
  const [whole = '0', fraction = ''] = value.split('.');
  const wholeNumber = Number(whole);
  return wholeNumber < 100 || (wholeNumber === 100 && /^0*$/.test(fraction));
}

/** "8.25" (%) → "0.0825", the fraction the API takes as a tax rate; exact, by moving the point. */
export function percentToFraction(percent: string): string {
  const [whole = '0', fraction = ''] = percent.trim().split('.');
  // Hundredths of a percent are ten-thousandths of the whole.
  const tenThousandths = BigInt(`${whole}${fraction.padEnd(2, '0')}`);
  const integer = tenThousandths / 10_000n;
  const rest = (tenThousandths % 10_000n).toString().padStart(4, '0').replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : `${integer}`;
}

/** "0.0825" → "8.25": a stored tax rate as the percentage people type and read. */
export function fractionToPercent(fractionText: string): string {
  const [whole = '0', fraction = ''] = fractionText.trim().split('.');
  const hundredths = BigInt(`${whole}${fraction.padEnd(2, '0').slice(0, 2)}`);
  const beyond = fraction.slice(2).replace(/0+$/, '');
  const integer = hundredths.toString();
  return beyond ? `${integer}.${beyond}` : integer;
}

/** "12.50" → "12.5", "10.00" → "10": a percentage without trailing zeros, for reading. */
export function trimDecimal(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}
