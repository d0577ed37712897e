import { z } from 'zod';
import { defineEvent } from '../../platform/events/domain-event';
import { priceRuleKinds, productStatuses } from './schema';

// The catalog's domain events, recorded in the transaction of the change that causes them.

const product = { productId: z.number().int(), sku: z.string() };

export const productCreated = defineEvent({
  type: 'product.created',
  aggregateType: 'product',
  payload: z.object({ ...product, name: z.string(), status: z.enum(productStatuses) }),
});

export const productUpdated = defineEvent({
  type: 'product.updated',
  aggregateType: 'product',
  payload: z.object({ ...product, changedFields: z.array(z.string()) }),
});

export const productDeleted = defineEvent({
  type: 'product.deleted',
  aggregateType: 'product',
  payload: z.object(product),
});

export const productStatusChanged = defineEvent({
  type: 'product.status_changed',
  aggregateType: 'product',
  payload: z.object({
    ...product,
    from: z.enum(productStatuses),
    to: z.enum(productStatuses),
    reason: z.string().nullable(),
  }),
});

const category = { categoryId: z.number().int(), name: z.string(), parentId: z.number().int().nullable() };

export const categoryCreated = defineEvent({
  type: 'category.created',
  aggregateType: 'product_category',
  payload: z.object(category),
});

export const categoryUpdated = defineEvent({
  type: 'category.updated',
  aggregateType: 'product_category',
  payload: z.object({ ...category, changedFields: z.array(z.string()) }),
});

export const categoryDeleted = defineEvent({
  type: 'category.deleted',
  aggregateType: 'product_category',
  payload: z.object(category),
});

/** Stock after a movement: enough for a handler to act without reading the product back. */
const stockMovement = {
  productId: z.number().int(),
  quantity: z.number().int().describe('Units moved; signed for adjustments'),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  orderId: z.number().int().nullable(),
  reason: z.string().nullable(),
};

export const stockReceived = defineEvent({
  type: 'stock.received',
  aggregateType: 'product',
  payload: z.object(stockMovement),
});

export const stockAdjusted = defineEvent({
  type: 'stock.adjusted',
  aggregateType: 'product',
  payload: z.object(stockMovement),
});

export const stockReturned = defineEvent({
  type: 'stock.returned',
  aggregateType: 'product',
  payload: z.object(stockMovement),
});

export const stockReserved = defineEvent({
  type: 'stock.reserved',
  aggregateType: 'product',
  payload: z.object(stockMovement),
});

export const stockReleased = defineEvent({
  type: 'stock.released',
  aggregateType: 'product',
  payload: z.object(stockMovement),
});

export const stockShipped = defineEvent({
  type: 'stock.shipped',
  aggregateType: 'product',
  payload: z.object(stockMovement),
});

/** Raised when an active product's available stock crosses down to or below its reorder level. */
export const stockLow = defineEvent({
  type: 'stock.low',
  aggregateType: 'product',
  payload: z.object({
    productId: z.number().int(),
    sku: z.string(),
    name: z.string(),
    available: z.number().int(),
    reorderLevel: z.number().int(),
  }),
});

const priceRule = { priceRuleId: z.number().int(), name: z.string(), kind: z.enum(priceRuleKinds) };

export const priceRuleCreated = defineEvent({
  type: 'price_rule.created',
  aggregateType: 'price_rule',
  payload: z.object(priceRule),
});

export const priceRuleUpdated = defineEvent({
  type: 'price_rule.updated',
  aggregateType: 'price_rule',
  payload: z.object({ ...priceRule, changedFields: z.array(z.string()) }),
});

export const priceRuleDeleted = defineEvent({
  type: 'price_rule.deleted',
  aggregateType: 'price_rule',
  payload: z.object(priceRule),
});

export const catalogEvents = [
  productCreated,
  productUpdated,
  productDeleted,
  productStatusChanged,
  categoryCreated,
  categoryUpdated,
  categoryDeleted,
  stockReceived,
  stockAdjusted,
  stockReturned,
  stockReserved,
  stockReleased,
  stockShipped,
  stockLow,
  priceRuleCreated,
  priceRuleUpdated,
  priceRuleDeleted,
];
