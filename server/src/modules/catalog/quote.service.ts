import type { Database, Executor } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/errors';
import { formatCents, sumCents, toCents } from '../../platform/money/money.util';
import { findClientProfile } from '../clients';
import { findCategoryLineages } from './category.repository';
import type { Quote, QuoteLine } from './dto';
import type { StockLine } from './inventory.service';
import { findCandidateRules } from './price-rule.repository';
import { priceLine } from './pricing.util';
import { findProductsForPricing } from './product.repository';
import { isSellable } from './product-lifecycle.util';

export type PriceBasketInput = {
  client: { id: number; tier: string } | null;
  date: Date;
  lines: StockLine[];
};

/**
 * Prices a basket for a client on a date with the price function: one line per input line, in order
 * (volume tiers count each line's own quantity). Only active and discontinued products can be priced.
 */
export async function priceBasket(executor: Executor, input: PriceBasketInput): Promise<Quote> {
  if (input.lines.length === 0) throw new AppError('empty_basket', 400, 'A quote needs at least one line');
  for (const line of input.lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1)
      throw new AppError(
        'invalid_stock_line',
        400,
        `Quantity must be a positive whole number, not ${line.quantity}`,
      );
  }
  const productIds = [...new Set(input.lines.map((line) => line.productId))];
  const products = new Map((await findProductsForPricing(executor, productIds)).map((row) => [row.id, row]));
  const missing = productIds.find((id) => !products.has(id));
  if (missing !== undefined) throw notFound('product', missing);
  const unsellable = [...products.values()].filter((product) => !isSellable(product.status));
  if (unsellable.length > 0) {
    throw new AppError(
      'product_not_sellable',
      409,
      unsellable
        .map((product) => `Product ${product.id} (${product.sku}) is ${product.status} and cannot be sold`)
        .join('; '),
      {
        products: unsellable.map((product) => ({
          productId: product.id,
          sku: product.sku,
          status: product.status,
        })),
      },
    );
  }
  const currencies = new Set([...products.values()].map((product) => product.currency));
  if (currencies.size > 1) {
    throw new AppError(
      'mixed_currencies',
      400,
      `The products are priced in ${[...currencies].join(' and ')}; quote each currency separately`,
    );
  }

  const categoryIds = [...new Set([...products.values()].flatMap((product) => product.categoryId ?? []))];
  const lineages = await findCategoryLineages(executor, categoryIds);
  const rules = await findCandidateRules(executor, {
    productIds,
    categoryIds: [...new Set([...lineages.values()].flat())],
    clientId: input.client?.id ?? null,
  });

  const lines: QuoteLine[] = input.lines.map((line) => {
    const product = products.get(line.productId) as NonNullable<ReturnType<typeof products.get>>;
    const lineage =
      product.categoryId === null ? [] : (lineages.get(product.categoryId) ?? [product.categoryId]);
    const relevant = rules.filter(
      (rule) =>
        rule.productId === product.id ||
        (rule.categoryId !== null && lineage.includes(rule.categoryId)) ||
        (rule.productId === null && rule.categoryId === null),
    );
    const priced = priceLine({
      listPrice: product.price,
      quantity: line.quantity,
      product: { id: product.id, categoryIds: lineage },
      client: input.client,
      date: input.date,
      rules: relevant,
    });
    return {
      productId: product.id,
      sku: product.sku,
      name: product.name,
      quantity: line.quantity,
      listPrice: priced.explanation.listPrice,
      unitPrice: priced.unitPrice,
      lineTotal: priced.lineAmount,
      available: product.stockOnHand - product.stockReserved,
      explanation: priced.explanation,
    };
  });

  const listTotal = sumCents(lines.map((line) => toCents(line.listPrice) * BigInt(line.quantity)));
  const total = sumCents(lines.map((line) => toCents(line.lineTotal)));
  return {
    client: input.client,
    date: input.date,
    currency: [...currencies][0] as string,
    lines,
    totals: {
      list: formatCents(listTotal),
      discount: formatCents(listTotal - total),
      total: formatCents(total),
    },
  };
}

/** The quote endpoint: resolves the client's tier, then prices the basket. */
export function createQuoteService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    async quote(input: { clientId?: number; date?: Date; lines: StockLine[] }) {
      let client: PriceBasketInput['client'] = null;
      if (input.clientId !== undefined) {
        const profile = await findClientProfile(db, input.clientId);
        if (!profile) {
          throw new AppError('client_not_found', 400, `Client ${input.clientId} does not exist`, {
            errors: [{ parameter: 'body.clientId', message: 'must name an existing client' }],
          });
        }
        client = { id: profile.id, tier: profile.tier };
      }
      return priceBasket(db, { client, date: input.date ?? clock(), lines: input.lines });
    },
  };
}
