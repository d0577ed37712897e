import { applyRate, type Cents, formatCents, sumCents, toCents } from '../../platform/money/money.util';

/**
 * Order money, exact to the cent. Each line is rounded on its own, once per step, half away from zero:
 *
 *   subtotal = unit price × quantity                         (exact: cents × an integer)
 *   discount = round(subtotal × discount% ÷ 100)
 *   tax      = round((subtotal − discount) × tax rate)       (tax is charged on the discounted amount)
 *   total    = subtotal − discount + tax
 *
 * The order's subtotal, discount, tax and total are plain sums of the rounded line amounts, so the
 * lines always add up to the order, and total = subtotal − discount + tax holds for the order as well.
 */
export type LineInput = {
  /** Decimal string with at most two places, e.g. "19.99". */
  unitPrice: string;
  quantity: number;
  /** Percent off, 0–100, at most two places, e.g. "12.5". */
  discountPercent: string;
  /** A fraction, 0–1, at most four places, e.g. "0.0825" for 8.25 %. */
  taxRate: string;
};

export type LineAmounts = { subtotal: Cents; discount: Cents; tax: Cents; total: Cents };
export type OrderAmounts = LineAmounts & { lines: LineAmounts[] };

/** The largest amount numeric(12,2) columns hold. */
export const MAX_STORED_CENTS = 999_999_999_999n;

export function computeLineAmounts(line: LineInput): LineAmounts {
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    throw new RangeError(`quantity must be a positive integer, not ${line.quantity}`);
  }
  const subtotal = toCents(line.unitPrice) * BigInt(line.quantity);
  const discount = applyRate(subtotal, line.discountPercent, { percent: true });
  const tax = applyRate(subtotal - discount, line.taxRate);
  return { subtotal, discount, tax, total: subtotal - discount + tax };
}

export function computeOrderAmounts(lines: readonly LineInput[]): OrderAmounts {
  const amounts = lines.map(computeLineAmounts);
  return {
    lines: amounts,
    subtotal: sumCents(amounts.map((line) => line.subtotal)),
    discount: sumCents(amounts.map((line) => line.discount)),
    tax: sumCents(amounts.map((line) => line.tax)),
    total: sumCents(amounts.map((line) => line.total)),
  };
}

/** True when every amount fits the database's numeric(12,2) columns. */
export function fitsStorage(amounts: OrderAmounts): boolean {
  return amounts.subtotal <= MAX_STORED_CENTS && amounts.total <= MAX_STORED_CENTS;
}

export const formatLineAmounts = (amounts: LineAmounts) => ({
  lineSubtotal: formatCents(amounts.subtotal),
  lineDiscount: formatCents(amounts.discount),
  lineTax: formatCents(amounts.tax),
  lineTotal: formatCents(amounts.total),
});
