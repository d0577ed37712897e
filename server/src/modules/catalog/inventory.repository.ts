import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import type { InventoryMovementDto } from './dto';
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
