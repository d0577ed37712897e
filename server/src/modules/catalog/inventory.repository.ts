import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import { reusableSqlStatement } from '../../platform/db/prepared';
import type { Page } from '../../platform/http/pagination';
import type { InventoryMovementDto } from './dto';
import { sellableStatuses } from './product-lifecycle.util';
import { type inventoryMovementKinds, inventoryMovements, products } from './schema';

const stockFields = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  status: products.status,
  stockOnHand: products.stockOnHand,
  stockReserved: products.stockReserved,
  reorderLevel: products.reorderLevel,
};

export type StockRow = {
  id: number;
  sku: string;
  name: string;
  status: (typeof products.$inferSelect)['status'];
  stockOnHand: number;
  stockReserved: number;
  reorderLevel: number;
};

/**
 * Moves stock in one conditional UPDATE: the condition is checked against the row as it is when the
 * update takes its lock, so concurrent movements can never together overdraw it (and the table's CHECKs
 * back this up). Undefined when the product is missing or the condition does not hold.
 */
export async function changeStock(
  executor: Executor,
  change: { productId: number; onHandChange: number; reservedChange: number; condition?: SQL },
): Promise<StockRow | undefined> {
  const [row] = await executor
    .update(products)
    .set({
      stockOnHand: sql`${products.stockOnHand} + ${change.onHandChange}`,
      stockReserved: sql`${products.stockReserved} + ${change.reservedChange}`,
    })
    .where(and(eq(products.id, change.productId), change.condition))
    .returning(stockFields);
  return row;
}

// `locked` takes the row locks first, in id order, and reads the rows as locked (the newest versions), so
// the check sees what the update will change; `wanted` is one row a line.
const reserveLines = reusableSqlStatement(
  'catalog_reserve_stock_lines',
  sql`with locked as materialized (
      select id, status, stock_on_hand - stock_reserved as available
      from products where id = any(${sql.placeholder('productIds')}::integer[]) order by id for update
    ), wanted as materialized (
      select product_id, quantity
      from unnest(${sql.placeholder('productIds')}::integer[], ${sql.placeholder('quantities')}::integer[])
        as line(product_id, quantity)
    )
    update products
    set stock_reserved = products.stock_reserved + wanted.quantity,
      updated_at = ${sql.placeholder('updatedAt')}::timestamptz
    from wanted
    where products.id = wanted.product_id
      and (select count(*) from locked join wanted on wanted.product_id = locked.id
        where locked.status in ${[...sellableStatuses]} and locked.available >= wanted.quantity)
        = cardinality(${sql.placeholder('productIds')}::integer[])
    returning products.id, products.sku, products.name, products.status,
      products.stock_on_hand as "stockOnHand", products.stock_reserved as "stockReserved",
      products.reorder_level as "reorderLevel"`,
);

/**
 * Reserves every line or none, in one statement: the products are locked in id order (so two orders
 * sharing products cannot deadlock) and changed only if each line's product exists, is sellable and has
 * the quantity available. The lines must name distinct products. Returns the rows as the reservation left
 * them, in id order, or none when some line cannot be reserved.
 */
export async function reserveStockLines(
  executor: Executor,
  lines: readonly { productId: number; quantity: number }[],
): Promise<StockRow[]> {
  const result = (await reserveLines(executor).execute({
    productIds: lines.map((line) => line.productId),
    quantities: lines.map((line) => line.quantity),
    updatedAt: new Date().toISOString(),
  })) as { rows: StockRow[] };
  return result.rows.sort((a, b) => a.id - b.id);
}

export async function findStockRows(executor: Executor, ids: number[]): Promise<StockRow[]> {
  if (ids.length === 0) return [];
  return executor.select(stockFields).from(products).where(inArray(products.id, ids));
}

export async function insertMovements(executor: Executor, rows: (typeof inventoryMovements.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return executor.insert(inventoryMovements).values(rows).returning();
}

export async function findMovements(
  executor: Executor,
  productId: number,
  query: { limit: number; cursor?: string; kind?: (typeof inventoryMovementKinds)[number] },
): Promise<Page<InventoryMovementDto>> {
  const plan = planKeyset(
    { limit: query.limit, cursor: query.cursor, sort: '-id' },
    { columns: {}, id: inventoryMovements.id },
  );
  const rows = await executor
    .select()
    .from(inventoryMovements)
    .where(
      and(
        eq(inventoryMovements.productId, productId),
        query.kind ? eq(inventoryMovements.kind, query.kind) : undefined,
        plan.where,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}
