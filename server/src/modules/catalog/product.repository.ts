import { and, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { users } from '../identity';
import type { ProductDto, ProductListQuery, PublishedProductDto } from './dto';
import { isLowStock, type ProductStatus, productTransitions } from './product-lifecycle.util';
import { inventoryMovements, productCategories, productStatusChanges, products } from './schema';

const sortableColumns = { name: products.name, price: products.price, createdAt: products.createdAt };

const productFields = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  description: products.description,
  price: products.price,
  cost: products.cost,
  currency: products.currency,
  unit: products.unit,
  categoryId: products.categoryId,
  categoryName: productCategories.name,
  status: products.status,
  specifications: products.specifications,
  images: products.images,
  tags: products.tags,
  stockOnHand: products.stockOnHand,
  stockReserved: products.stockReserved,
  reorderLevel: products.reorderLevel,
  version: products.version,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};

type ProductRow = Omit<ProductDto, 'stockAvailable' | 'lowStock' | 'allowedTransitions'>;

export function toProductDto(row: ProductRow): ProductDto {
  const stockAvailable = row.stockOnHand - row.stockReserved;
  return {
    ...row,
    stockAvailable,
    lowStock: isLowStock({ status: row.status, available: stockAvailable, reorderLevel: row.reorderLevel }),
    allowedTransitions: [...productTransitions[row.status]],
  };
}

export function toPublishedProductDto(product: ProductDto): PublishedProductDto {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    price: product.price,
    currency: product.currency,
    unit: product.unit,
    categoryId: product.categoryId,
    categoryName: product.categoryName,
    status: product.status,
    specifications: product.specifications,
    images: product.images,
    tags: product.tags,
    inStock: product.stockAvailable > 0,
  };
}

/** The category and every category below it, as a subquery for `in (…)`. */
export function categoryWithDescendants(categoryId: number): SQL {
  return sql`(
    with recursive tree as (
      select ${productCategories.id} as id from ${productCategories} where ${productCategories.id} = ${categoryId}
      union all
      select child.id from ${productCategories} child join tree on child.parent_id = tree.id
    )
    select id from tree
  )`;
}

/** What the public catalogue may show: active products, and discontinued ones while stock lasts. */
export const publishedCondition = or(
  eq(products.status, 'active'),
  and(eq(products.status, 'discontinued'), sql`${products.stockOnHand} - ${products.stockReserved} > 0`),
);

type ProductFilter = {
  query: Pick<ProductListQuery, 'sort' | 'cursor' | 'limit' | 'q' | 'categoryId'> &
    Partial<Pick<ProductListQuery, 'status' | 'tags' | 'lowStock'>>;
  published?: boolean;
};

export async function findProducts(executor: Executor, filter: ProductFilter): Promise<Page<ProductDto>> {
  const { query } = filter;
  const plan = planKeyset(query, { columns: sortableColumns, id: products.id });
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const available = sql`(${products.stockOnHand} - ${products.stockReserved})`;
  const rows = await executor
    .select(productFields)
    .from(products)
    .leftJoin(productCategories, eq(productCategories.id, products.categoryId))
    .where(
      and(
        plan.where,
        pattern ? or(ilike(products.name, pattern), ilike(products.sku, pattern)) : undefined,
        query.categoryId
          ? sql`${products.categoryId} in ${categoryWithDescendants(query.categoryId)}`
          : undefined,
        query.status ? inArray(products.status, query.status) : undefined,
        query.tags?.length ? sql`${products.tags} @> ${JSON.stringify(query.tags)}::jsonb` : undefined,
        query.lowStock === true
          ? and(eq(products.status, 'active'), sql`${available} <= ${products.reorderLevel}`)
          : undefined,
        query.lowStock === false
          ? or(sql`${products.status} <> 'active'`, sql`${available} > ${products.reorderLevel}`)
          : undefined,
        filter.published ? publishedCondition : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const page = plan.toPage(rows);
  return { items: page.items.map(toProductDto), nextCursor: page.nextCursor };
}

export async function findProductById(
  executor: Executor,
  id: number,
  options: { lock?: boolean } = {},
): Promise<ProductDto | undefined> {
  const query = executor
    .select(productFields)
    .from(products)
    .leftJoin(productCategories, eq(productCategories.id, products.categoryId))
    .where(eq(products.id, id));
  // The row lock serialises lifecycle changes and deletions with concurrent stock movements.
  const [row] = options.lock ? await query.for('update', { of: products }) : await query;
  return row ? toProductDto(row) : undefined;
}

export async function skuExists(executor: Executor, sku: string): Promise<boolean> {
  const [row] = await executor.select({ id: products.id }).from(products).where(eq(products.sku, sku));
  return row !== undefined;
}

export type ProductChanges = Partial<
  Omit<
    typeof products.$inferInsert,
    'id' | 'version' | 'createdAt' | 'updatedAt' | 'stockOnHand' | 'stockReserved'
  >
>;

export async function insertProduct(executor: Executor, values: typeof products.$inferInsert) {
  const [row] = await executor.insert(products).values(values).returning({ id: products.id });
  return row?.id as number;
}

/**
 * Applies changes and bumps the version; false when the product is gone, archived (read-only) or not at
 * the expected version.
 */
export async function updateProductRow(
  executor: Executor,
  id: number,
  changes: ProductChanges,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const rows = await executor
    .update(products)
    .set({ ...changes, version: sql`${products.version} + 1` })
    .where(
      and(
        eq(products.id, id),
        sql`${products.status} <> 'archived'`,
        expectedVersion === undefined ? undefined : eq(products.version, expectedVersion),
      ),
    )
    .returning({ id: products.id });
  return rows.length > 0;
}

export async function setProductStatus(
  executor: Executor,
  id: number,
  status: ProductStatus,
  expectedVersion: number | undefined,
): Promise<boolean> {
  return updateProductRow(executor, id, { status }, expectedVersion);
}

export async function deleteProductRow(executor: Executor, id: number): Promise<void> {
  await executor.delete(products).where(eq(products.id, id));
}

export async function hasMovements(executor: Executor, productId: number): Promise<boolean> {
  const [row] = await executor
    .select({ id: inventoryMovements.id })
    .from(inventoryMovements)
    .where(eq(inventoryMovements.productId, productId))
    .limit(1);
  return row !== undefined;
}

export async function insertStatusChange(
  executor: Executor,
  values: typeof productStatusChanges.$inferInsert,
) {
  await executor.insert(productStatusChanges).values(values);
}

export async function findStatusChanges(
  executor: Executor,
  productId: number,
  page: { limit: number; cursor?: string },
) {
  const plan = planKeyset({ ...page, sort: '-id' }, { columns: {}, id: productStatusChanges.id });
  const rows = await executor
    .select({
      id: productStatusChanges.id,
      fromStatus: productStatusChanges.fromStatus,
      toStatus: productStatusChanges.toStatus,
      reason: productStatusChanges.reason,
      changedBy: productStatusChanges.changedBy,
      changedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      changedAt: productStatusChanges.changedAt,
    })
    .from(productStatusChanges)
    .leftJoin(users, eq(users.id, productStatusChanges.changedBy))
    .where(and(eq(productStatusChanges.productId, productId), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

/** Names of users by id (their email when they have none), for lists that show who did something. */
export async function findUserNames(
  executor: Executor,
  ids: readonly number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: users.id, name: sql<string>`coalesce(${users.name}, ${users.email})` })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Sellable facts for pricing: list price, currency, category, availability. */
export async function findProductsForPricing(executor: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return executor
    .select({
      id: products.id,
      sku: products.sku,
      name: products.name,
      price: products.price,
      currency: products.currency,
      status: products.status,
      categoryId: products.categoryId,
      stockOnHand: products.stockOnHand,
      stockReserved: products.stockReserved,
    })
    .from(products)
    .where(inArray(products.id, ids));
}
