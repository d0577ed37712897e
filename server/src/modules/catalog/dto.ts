import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/pagination';
import { inventoryMovementKinds, priceRuleKinds, productStatuses } from './schema';

export const moneySchema = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .describe('Decimal amount as a string, so no precision is lost');

/** A money amount sent by a client: a decimal string with up to two decimals, normalised to two. */
function moneyInput(integerDigits: number) {
  return z
    .string()
    .trim()
    .regex(
      new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,2})?$`),
      `a decimal string with at most ${integerDigits} digits before the point and 2 after, e.g. "12.50"`,
    )
    .transform((value) => {
      const [whole = '0', fraction = ''] = value.split('.');
      return `${BigInt(whole)}.${fraction.padEnd(2, '0')}`;
    });
}

const priceInput = moneyInput(8); // numeric(10, 2)
const amountInput = moneyInput(10); // numeric(12, 2)

// Tags are compared as written in filters, so they are stored trimmed, lower-case and once each.
const tagsInput = z
  .array(z.string().trim().toLowerCase().min(1).max(50))
  .max(30)
  .transform((tags) => [...new Set(tags)]);

const specificationsInput = z
  .record(z.string().trim().min(1).max(100), z.string().max(1000))
  .refine((record) => Object.keys(record).length <= 100, 'at most 100 entries');

const imagesInput = z.array(z.url({ protocol: /^https?$/ }).max(2048)).max(20);

// ---------------------------------------------------------------------------------------------------------
// Products

const productFields = {
  id: z.number().int(),
  sku: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  price: moneySchema,
  currency: z.string().describe('ISO 4217 code; price rules are in the product’s currency'),
  unit: z.string().describe('Unit of sale, e.g. each, box, hour'),
  categoryId: z.number().int().nullable(),
  categoryName: z.string().nullable(),
  status: z.enum(productStatuses),
  specifications: z.record(z.string(), z.string()),
  images: z.array(z.string()),
  tags: z.array(z.string()),
};

export const productSchema = z
  .object({
    ...productFields,
    cost: moneySchema.nullable().describe('Unit cost, for margins; never shown on the public catalogue'),
    stockOnHand: z.number().int(),
    stockReserved: z.number().int().describe('Held by confirmed orders that have not shipped'),
    stockAvailable: z.number().int().describe('On hand minus reserved: what can still be sold'),
    reorderLevel: z.number().int(),
    lowStock: z.boolean().describe('Active and available at or below the reorder level'),
    allowedTransitions: z
      .array(z.enum(productStatuses))
      .describe('The statuses the lifecycle lets it move to now (POST /api/products/{id}/status)'),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Product' });

export type ProductDto = z.infer<typeof productSchema>;

/** What the public catalogue shows: no cost, no stock figures beyond whether it can be bought. */
export const publishedProductSchema = z
  .object({ ...productFields, inStock: z.boolean() })
  .meta({ id: 'PublishedProduct' });
export type PublishedProductDto = z.infer<typeof publishedProductSchema>;

const statusListInput = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(z.enum(productStatuses)).min(1));

const tagListInput = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(50)).max(10));

export const productListQuerySchema = listQuerySchema(['name', 'price', 'createdAt', 'id'], 'name').extend({
  categoryId: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .describe('Only products in this category or any category below it'),
  status: statusListInput.optional().describe('Only these statuses, comma-separated (e.g. active,draft)'),
  tags: tagListInput.optional().describe('Only products carrying every one of these tags, comma-separated'),
  lowStock: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only active products whose available stock is at or below the reorder level'),
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

/** The public catalogue filters by category and text only. */
export const publishedProductListQuerySchema = listQuerySchema(
  ['name', 'price', 'createdAt', 'id'],
  'name',
).extend({
  categoryId: productListQuerySchema.shape.categoryId,
});
export type PublishedProductListQuery = z.infer<typeof publishedProductListQuerySchema>;

const editableProductFields = {
  name: z.string().trim().min(1).max(255),
  description: z.string().max(10_000).nullable(),
  price: priceInput,
  cost: amountInput.nullable(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
  unit: z.string().trim().min(1).max(30),
  categoryId: z.number().int().min(1).max(2_147_483_647).nullable(),
  specifications: specificationsInput,
  images: imagesInput,
  tags: tagsInput,
  reorderLevel: z.number().int().min(0).max(1_000_000_000),
  sku: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'letters, digits and . _ - / only'),
};

export const createProductBodySchema = z
  .object({
    ...editableProductFields,
    description: editableProductFields.description.optional(),
    cost: editableProductFields.cost.optional(),
    currency: editableProductFields.currency.default('USD'),
    unit: editableProductFields.unit.default('each'),
    categoryId: editableProductFields.categoryId.optional(),
    specifications: specificationsInput.default({}),
    images: imagesInput.default([]),
    tags: tagsInput.default([]),
    reorderLevel: editableProductFields.reorderLevel.default(0),
    status: z
      .enum(['draft', 'active'])
      .default('draft')
      .describe('A new product starts as a draft unless it is published at once'),
  })
  .strict();
export type CreateProductInput = z.infer<typeof createProductBodySchema>;

export const updateProductBodySchema = z.object(editableProductFields).partial().strict();
export type UpdateProductInput = z.infer<typeof updateProductBodySchema>;

export const productStatusChangeBodySchema = z
  .object({
    status: z.enum(productStatuses),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();

export const productStatusChangeSchema = z
  .object({
    id: z.number().int(),
    fromStatus: z.enum(productStatuses).nullable().describe('null for the status a product was created in'),
    toStatus: z.enum(productStatuses),
    reason: z.string().nullable(),
    changedBy: z.number().int().nullable().describe('The user; null for the system (seeding, jobs)'),
    changedByName: z.string().nullable().describe('Their name, or their email when they have none'),
    changedAt: z.date(),
  })
  .meta({ id: 'ProductStatusChange' });

/** Ledgers and histories are read newest first, by id. */
export const historyQuerySchema = z.object({
  limit: listQuerySchema(['id'], '-id').shape.limit,
  cursor: z.string().max(1024).optional().describe('The `nextCursor` of the previous page'),
});

// ---------------------------------------------------------------------------------------------------------
// Categories

export const categorySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    parentId: z.number().int().nullable(),
  })
  .meta({ id: 'ProductCategory' });

export const categoryDetailSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    parentId: z.number().int().nullable(),
    productCount: z.number().int().describe('Products directly in this category'),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ProductCategoryDetail' });
export type CategoryDto = z.infer<typeof categoryDetailSchema>;

export type CategoryNodeDto = CategoryDto & { children: CategoryNodeDto[] };

export const categoryNodeSchema: z.ZodType<CategoryNodeDto> = categoryDetailSchema
  .extend({
    get children(): z.ZodArray<typeof categoryNodeSchema> {
      return z.array(categoryNodeSchema);
    },
  })
  .meta({ id: 'ProductCategoryNode' });

const slugInput = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

export const createCategoryBodySchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    slug: slugInput.optional().describe('Derived from the name when left out'),
    description: z.string().max(5000).nullable().optional(),
    parentId: z.number().int().min(1).max(2_147_483_647).nullable().optional(),
  })
  .strict();
export type CreateCategoryInput = z.infer<typeof createCategoryBodySchema>;

export const updateCategoryBodySchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    slug: slugInput,
    description: z.string().max(5000).nullable(),
    parentId: z.number().int().min(1).max(2_147_483_647).nullable(),
  })
  .partial()
  .strict();
export type UpdateCategoryInput = z.infer<typeof updateCategoryBodySchema>;

// ---------------------------------------------------------------------------------------------------------
// Inventory

export const stockLevelSchema = z
  .object({
    productId: z.number().int(),
    onHand: z.number().int(),
    reserved: z.number().int(),
    available: z.number().int(),
    reorderLevel: z.number().int(),
    low: z.boolean(),
  })
  .meta({ id: 'StockLevel' });
export type StockLevelDto = z.infer<typeof stockLevelSchema>;

export const inventoryMovementSchema = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    kind: z.enum(inventoryMovementKinds),
    onHandChange: z.number().int(),
    reservedChange: z.number().int(),
    onHandAfter: z.number().int(),
    reservedAfter: z.number().int(),
    reason: z.string().nullable(),
    orderId: z.number().int().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'InventoryMovement' });
export type InventoryMovementDto = z.infer<typeof inventoryMovementSchema>;

/** A row of the stock ledger as the ledger lists it: the movement and who made it, by name. */
export const ledgerEntrySchema = inventoryMovementSchema
  .extend({
    createdByName: z
      .string()
      .nullable()
      .describe('Who made it (the user behind an order’s movement), or their email; null for the system'),
  })
  .meta({ id: 'InventoryLedgerEntry' });

export const manualMovementKinds = ['receipt', 'adjustment', 'return'] as const;

export const movementListQuerySchema = historyQuerySchema.extend({
  kind: z.enum(inventoryMovementKinds).optional().describe('Only movements of this kind'),
});

export const recordMovementBodySchema = z
  .object({
    kind: z.enum(manualMovementKinds),
    quantity: z
      .number()
      .int()
      .min(-1_000_000_000)
      .max(1_000_000_000)
      .refine((value) => value !== 0, 'must not be 0')
      .describe('Units; positive for receipts and returns, signed for adjustments'),
    reason: z.string().trim().max(500).optional().describe('Required for adjustments'),
  })
  .strict();
export type RecordMovementInput = z.infer<typeof recordMovementBodySchema>;

// ---------------------------------------------------------------------------------------------------------
// Price rules

export const priceRuleSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(priceRuleKinds),
    productId: z.number().int().nullable(),
    categoryId: z.number().int().nullable().describe('Applies to this category and every category below it'),
    clientId: z.number().int().nullable(),
    clientTier: z.string().nullable(),
    minQuantity: z.number().int().nullable(),
    fixedPrice: moneySchema.nullable(),
    percentOff: z.string().nullable(),
    amountOff: moneySchema.nullable(),
    startsAt: z.date().nullable(),
    endsAt: z.date().nullable().describe('Exclusive'),
    isActive: z.boolean(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'PriceRule' });
export type PriceRuleDto = z.infer<typeof priceRuleSchema>;

const percentInput = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'a decimal string such as "12.5"');

const priceRuleFields = {
  name: z.string().trim().min(1).max(255),
  kind: z.enum(priceRuleKinds),
  productId: z.number().int().min(1).max(2_147_483_647).nullable(),
  categoryId: z.number().int().min(1).max(2_147_483_647).nullable(),
  clientId: z.number().int().min(1).max(2_147_483_647).nullable(),
  clientTier: z.string().trim().max(20).nullable(),
  minQuantity: z.number().int().min(1).max(1_000_000_000).nullable(),
  fixedPrice: amountInput.nullable(),
  percentOff: percentInput.nullable(),
  amountOff: amountInput.nullable(),
  startsAt: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .nullable(),
  endsAt: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .nullable(),
  isActive: z.boolean(),
};

// Cross-field rules (what each kind needs) are checked by the service on the merged rule, so a partial
// update is held to the same rules as a creation.
export const createPriceRuleBodySchema = z
  .object({
    name: priceRuleFields.name,
    kind: priceRuleFields.kind,
    productId: priceRuleFields.productId.optional(),
    categoryId: priceRuleFields.categoryId.optional(),
    clientId: priceRuleFields.clientId.optional(),
    clientTier: priceRuleFields.clientTier.optional(),
    minQuantity: priceRuleFields.minQuantity.optional(),
    fixedPrice: priceRuleFields.fixedPrice.optional(),
    percentOff: priceRuleFields.percentOff.optional(),
    amountOff: priceRuleFields.amountOff.optional(),
    startsAt: priceRuleFields.startsAt.optional(),
    endsAt: priceRuleFields.endsAt.optional(),
    isActive: priceRuleFields.isActive.default(true),
  })
  .strict();
export type CreatePriceRuleInput = z.infer<typeof createPriceRuleBodySchema>;

export const updatePriceRuleBodySchema = z.object(priceRuleFields).partial().strict();
export type UpdatePriceRuleInput = z.infer<typeof updatePriceRuleBodySchema>;

export const priceRuleListQuerySchema = listQuerySchema(['name', 'createdAt', 'id'], '-id').extend({
  kind: z.enum(priceRuleKinds).optional(),
  productId: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .describe(
      'The rules aimed at this product: at it, at its category or any category above, or at every product',
    ),
  categoryId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  clientId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type PriceRuleListQuery = z.infer<typeof priceRuleListQuerySchema>;

// ---------------------------------------------------------------------------------------------------------
// Quotes

export const ruleConsiderationSchema = z
  .object({
    ruleId: z.number().int(),
    name: z.string(),
    kind: z.enum(priceRuleKinds),
    scope: z.enum(['product', 'category', 'all']),
    outcome: z
      .enum(['applied', 'not_applicable', 'not_best'])
      .describe('not_best: it applied, but another rule (or the list price) was better for the customer'),
    reason: z.string(),
    price: moneySchema.nullable().describe('The unit price this rule alone would give, when it applies'),
  })
  .meta({ id: 'PriceRuleConsideration' });

export const priceExplanationSchema = z
  .object({
    listPrice: moneySchema,
    basePrice: moneySchema.describe('After volume, segment and client prices, before any promotion'),
    unitPrice: moneySchema,
    appliedRuleIds: z.array(z.number().int()),
    rules: z.array(ruleConsiderationSchema),
    summary: z.string(),
  })
  .meta({ id: 'PriceExplanation' });

export const quoteBodySchema = z
  .object({
    clientId: z.number().int().min(1).max(2_147_483_647).optional(),
    date: z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value))
      .optional()
      .describe('When the prices apply (promotion windows); now when left out'),
    lines: z
      .array(
        z
          .object({
            productId: z.number().int().min(1).max(2_147_483_647),
            quantity: z.number().int().min(1).max(1_000_000),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

export const quoteLineSchema = z
  .object({
    productId: z.number().int(),
    sku: z.string(),
    name: z.string(),
    quantity: z.number().int(),
    listPrice: moneySchema,
    unitPrice: moneySchema,
    lineTotal: moneySchema,
    available: z.number().int().describe('Units that could be reserved now'),
    explanation: priceExplanationSchema,
  })
  .meta({ id: 'QuoteLine' });

export const quoteSchema = z
  .object({
    client: z.object({ id: z.number().int(), tier: z.string() }).nullable(),
    date: z.date(),
    currency: z.string(),
    lines: z.array(quoteLineSchema),
    totals: z.object({
      list: moneySchema.describe('Sum of list price × quantity'),
      discount: moneySchema,
      total: moneySchema,
    }),
  })
  .meta({ id: 'Quote' });
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteLine = z.infer<typeof quoteLineSchema>;
