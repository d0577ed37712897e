import { problemExtension } from '../../../api/problem-extensions';

export type StockShortage = { productId: number; sku: string; requested: number; available: number };

/** The short products of a 409 `insufficient_stock`, as the catalogue reported them. */
export function stockShortages(error: unknown): StockShortage[] {
  const shortages = problemExtension(error, 'shortages');
  if (!Array.isArray(shortages)) return [];
  return shortages.filter(
    (entry): entry is StockShortage =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.productId === 'number' &&
      typeof entry.sku === 'string' &&
      typeof entry.requested === 'number' &&
      typeof entry.available === 'number',
  );
}

/** A decimal amount a 409 names as the limit (`outstandingBalance`, `refundable`), if it does. */
export function amountLimit(error: unknown, member: 'outstandingBalance' | 'refundable'): string | null {
  const value = problemExtension(error, member);
  return typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? value : null;
}
