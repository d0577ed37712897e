import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';

// draft → active → discontinued (sells out what is left) → archived (read-only).
export const productStatuses = ['draft', 'active', 'discontinued', 'archived'] as const;
export const inventoryMovementKinds = [
  'receipt',
  'adjustment',
  'reservation',
  'release',
  'shipment',
  'return',
] as const;
export const priceRuleKinds = ['volume_tier', 'client_price', 'segment_price', 'promotion'] as const;

export const productCategories = pgTable(
  'product_categories',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 255 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull().unique(),
    description: text('description'),
    // Categories form a tree; a root has no parent.
    parentId: integer('parent_id').references((): AnyPgColumn => productCategories.id, {
      onDelete: 'restrict',
    }),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [index('product_categories_parent_id_idx').on(table.parentId)],
);

export const products = pgTable(
  'products',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sku: varchar('sku', { length: 64 }).notNull().unique(),
    name: varchar('name', { length: 255 }).notNull(),
    description: text('description'),
    price: numeric('price', { precision: 10, scale: 2 }).notNull(),
    categoryId: integer('category_id').references(() => productCategories.id),
    status: varchar('status', { length: 50, enum: productStatuses }).notNull().default('draft'),
    // Free-form attribute → value pairs shown as the product's specification sheet.
    specifications: jsonb('specifications').$type<Record<string, string>>().notNull().default({}),
    cost: numeric('cost', { precision: 12, scale: 2 }),
    currency: char('currency', { length: 3 }).notNull().default('USD'),
    unit: varchar('unit', { length: 30 }).notNull().default('each'),
    images: jsonb('images').$type<string[]>().notNull().default([]),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    // Stock is kept here for fast, lockable checks; inventory_movements is the ledger that explains it.
    stockOnHand: integer('stock_on_hand').notNull().default(0),
    stockReserved: integer('stock_reserved').notNull().default(0),
    // At or below this available quantity a stock.low event is raised.
    reorderLevel: integer('reorder_level').notNull().default(0),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('products_status_check', sql`${table.status} in ('draft', 'active', 'discontinued', 'archived')`),
    check('products_price_not_negative', sql`${table.price} >= 0`),
    check('products_cost_not_negative', sql`${table.cost} >= 0`),
    // Stock can never go negative, nor can more be reserved than is on hand, whatever the concurrency.
    check('products_stock_not_negative', sql`${table.stockOnHand} >= 0 and ${table.stockReserved} >= 0`),
    check('products_reserved_within_stock', sql`${table.stockReserved} <= ${table.stockOnHand}`),
    check('products_reorder_level_not_negative', sql`${table.reorderLevel} >= 0`),
    index('products_category_id_idx').on(table.categoryId),
    index('products_name_sort_idx').on(table.name, table.id),
    index('products_price_sort_idx').on(table.price, table.id),
    index('products_created_at_sort_idx').on(table.createdAt, table.id),
    index('products_name_trgm_idx').using('gin', table.name.op('gin_trgm_ops')),
    index('products_sku_trgm_idx').using('gin', table.sku.op('gin_trgm_ops')),
  ],
);

export const productStatusChanges = pgTable(
  'product_status_changes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    fromStatus: varchar('from_status', { length: 50, enum: productStatuses }),
    toStatus: varchar('to_status', { length: 50, enum: productStatuses }).notNull(),
    reason: text('reason'),
    // The user who made the change (no foreign key: history outlives accounts).
    changedBy: integer('changed_by'),
    changedAt: timestampColumn('changed_at').notNull().defaultNow(),
  },
  (table) => [index('product_status_changes_product_idx').on(table.productId, table.id)],
);

/** The stock ledger: every change to on-hand or reserved stock, with why and who. */
export const inventoryMovements = pgTable(
  'inventory_movements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 20, enum: inventoryMovementKinds }).notNull(),
    // Signed changes: a receipt adds on hand, a reservation adds reserved, a shipment removes both.
    onHandChange: integer('on_hand_change').notNull().default(0),
    reservedChange: integer('reserved_change').notNull().default(0),
    onHandAfter: integer('on_hand_after').notNull(),
    reservedAfter: integer('reserved_after').notNull(),
    reason: text('reason'),
    // The order behind a reservation, release, shipment or return (a plain id: catalog does not own orders).
    orderId: integer('order_id'),
    createdBy: integer('created_by'),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (table) => [
    check(
      'inventory_movements_kind_check',
      sql`${table.kind} in ('receipt', 'adjustment', 'reservation', 'release', 'shipment', 'return')`,
    ),
    index('inventory_movements_product_idx').on(table.productId, table.id),
    index('inventory_movements_order_idx').on(table.orderId),
  ],
);

/**
 * Pricing rules applied on top of the list price by the price function. Which columns matter depends on
 * the kind: volume tiers need min_quantity; client prices a client; segment prices a client tier;
 * promotions a time window. A rule without product or category applies to every product.
 */
export const priceRules = pgTable(
  'price_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 255 }).notNull(),
    kind: varchar('kind', { length: 20, enum: priceRuleKinds }).notNull(),
    productId: integer('product_id').references(() => products.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id').references(() => productCategories.id, { onDelete: 'cascade' }),
    clientId: integer('client_id'),
    clientTier: varchar('client_tier', { length: 20 }),
    minQuantity: integer('min_quantity'),
    // Exactly one of: a fixed unit price, a percentage off, an amount off per unit.
    fixedPrice: numeric('fixed_price', { precision: 12, scale: 2 }),
    percentOff: numeric('percent_off', { precision: 5, scale: 2 }),
    amountOff: numeric('amount_off', { precision: 12, scale: 2 }),
    startsAt: timestampColumn('starts_at'),
    endsAt: timestampColumn('ends_at'),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check(
      'price_rules_kind_check',
      sql`${table.kind} in ('volume_tier', 'client_price', 'segment_price', 'promotion')`,
    ),
    check(
      'price_rules_one_adjustment',
      sql`num_nonnulls(${table.fixedPrice}, ${table.percentOff}, ${table.amountOff}) = 1`,
    ),
    check('price_rules_percent_range', sql`${table.percentOff} > 0 and ${table.percentOff} <= 100`),
    check('price_rules_amounts_positive', sql`${table.fixedPrice} >= 0 and ${table.amountOff} > 0`),
    check(
      'price_rules_window',
      sql`${table.endsAt} is null or ${table.startsAt} is null or ${table.endsAt} > ${table.startsAt}`,
    ),
    index('price_rules_product_idx').on(table.productId),
    index('price_rules_category_idx').on(table.categoryId),
    index('price_rules_client_idx').on(table.clientId),
  ],
);
