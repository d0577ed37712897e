import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from '../../platform/db/columns';

export const productStatuses = ['active', 'draft', 'discontinued'] as const;

export const productCategories = pgTable('product_categories', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: varchar('name', { length: 255 }).notNull(),
  slug: varchar('slug', { length: 100 }).notNull().unique(),
  ...timestamps,
});

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
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check('products_status_check', sql`${table.status} in ('active', 'draft', 'discontinued')`),
    check('products_price_not_negative', sql`${table.price} >= 0`),
    index('products_category_id_idx').on(table.categoryId),
    index('products_name_sort_idx').on(table.name, table.id),
    index('products_price_sort_idx').on(table.price, table.id),
    index('products_created_at_sort_idx').on(table.createdAt, table.id),
    index('products_name_trgm_idx').using('gin', table.name.op('gin_trgm_ops')),
    index('products_sku_trgm_idx').using('gin', table.sku.op('gin_trgm_ops')),
  ],
);
