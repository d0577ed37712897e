import type { Executor } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';

/**
 * What orders need from the catalogue: prices and stock. The catalog module implements it (routes.ts wires
 * its exports in); services take it as a parameter, so the seam between the two modules is this one type.
 */
export type StockLine = { productId: number; quantity: number };
export type StockChange = { orderId: number; lines: StockLine[]; actor: AuditActor };

/** A priced line, with the product's name and SKU as the pricing read found them. */
export type QuotedLine = {
  productId: number;
  name: string;
  sku: string;
  unitPrice: string;
  explanation: unknown;
};

export type CatalogPort = {
  /** Prices each line for the client and date; the answer's lines are in the order of the request's. */
  priceBasket(
    executor: Executor,
    input: { client: { id: number; tier: string } | null; date: Date; lines: StockLine[] },
  ): Promise<{ currency: string; lines: readonly QuotedLine[] }>;
  /** Throws 409 insufficient_stock or product_not_sellable; nothing is reserved then. */
  reserveStock(executor: Executor, change: StockChange): Promise<void>;
  releaseStock(executor: Executor, change: StockChange): Promise<void>;
  shipStock(executor: Executor, change: StockChange): Promise<void>;
  returnStock(executor: Executor, change: StockChange): Promise<void>;
};

/** One line per product, in product id order, so concurrent reservations lock products in the same order. */
export function stockLines(lines: readonly StockLine[]): StockLine[] {
  const totals = new Map<number, number>();
  for (const line of lines) totals.set(line.productId, (totals.get(line.productId) ?? 0) + line.quantity);
  return [...totals]
    .filter(([, quantity]) => quantity > 0)
    .sort(([a], [b]) => a - b)
    .map(([productId, quantity]) => ({ productId, quantity }));
}
