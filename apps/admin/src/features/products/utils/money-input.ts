/**
 * Whether a typed amount is one the API accepts: digits, optionally a point and one or two decimals, with
 * at most `integerDigits` before the point (prices are numeric(10, 2), costs and rule amounts (12, 2)).
 * Amounts stay strings all the way to the server, so they never pass through binary floating point.
 */
export function isMoneyInput(value: string, integerDigits: number): boolean {
  return new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,2})?$`).test(value.trim());
}

export const priceDigits = 8;
export const amountDigits = 10;
