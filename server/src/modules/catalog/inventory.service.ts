import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/database';
import { type PendingEvent, pendingEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { recordAudit } from '../identity';
import type { RecordMovementInput, StockLevelDto } from './dto';
import {
  stockAdjusted,
  stockLow,
  stockReceived,
  stockReleased,
  stockReserved,
  stockReturned,
  stockShipped,
} from './events';
import {
  changeStock,
  findMovements,
  findStockRows,
  insertMovements,
  reserveStockLines,
  type StockRow,
} from './inventory.repository';
import { findProductById } from './product.repository';
import { isLowStock, isSellable, sellableStatuses } from './product-lifecycle.util';
import { type inventoryMovementKinds, products } from './schema';

export type StockLine = { productId: number; quantity: number };
export type OrderStockInput = { orderId: number; lines: StockLine[]; actor: AuditActor };

type MovementKind = (typeof inventoryMovementKinds)[number];

const available = sql`(${products.stockOnHand} - ${products.stockReserved})`;

/**
 * How each kind of movement changes stock, and what must hold for it. `quantity` is positive except for
 * adjustments, which are signed.
 */
const movementRules: Record<
  MovementKind,
  {
    onHand: (quantity: number) => number;
    reserved: (quantity: number) => number;
    condition: (quantity: number) => SQL | undefined;
    event: typeof stockReceived;
  }
> = {
  receipt: { onHand: (q) => q, reserved: () => 0, condition: () => undefined, event: stockReceived },
  // On hand may fall to what is reserved, never below it (the reserved units belong to orders).
  adjustment: {
    onHand: (q) => q,
    reserved: () => 0,
    condition: (q) => (q < 0 ? sql`${available} >= ${-q}` : undefined),
    event: stockAdjusted,
  },
  return: { onHand: (q) => q, reserved: () => 0, condition: () => undefined, event: stockReturned },
  reservation: {
    onHand: () => 0,
    reserved: (q) => q,
    condition: (q) => sql`${inArray(products.status, [...sellableStatuses])} and ${available} >= ${q}`,
    event: stockReserved,
  },
  release: {
    onHand: () => 0,
    reserved: (q) => -q,
    condition: (q) => sql`${products.stockReserved} >= ${q}`,
    event: stockReleased,
  },
  // Shipping consumes a reservation: on hand and reserved both drop, available stays.
  shipment: {
    onHand: (q) => -q,
    reserved: (q) => -q,
    condition: (q) => sql`${products.stockReserved} >= ${q}`,
    event: stockShipped,
  },
};

export function toStockLevel(
  row: Pick<StockRow, 'id' | 'status' | 'stockOnHand' | 'stockReserved' | 'reorderLevel'>,
): StockLevelDto {
  const availableUnits = row.stockOnHand - row.stockReserved;
  return {
    productId: row.id,
    onHand: row.stockOnHand,
    reserved: row.stockReserved,
    available: availableUnits,
    reorderLevel: row.reorderLevel,
    low: isLowStock({ status: row.status, available: availableUnits, reorderLevel: row.reorderLevel }),
  };
}

type StockBefore = { status: StockRow['status']; available: number; reorderLevel: number };

/** The stock.low event when a change takes an active product from above its reorder level to at or below it. */
function lowStockCrossing(actor: AuditActor, before: StockBefore, after: StockRow): PendingEvent[] {
  const afterAvailable = after.stockOnHand - after.stockReserved;
  const nowLow = isLowStock({
    status: after.status,
    available: afterAvailable,
    reorderLevel: after.reorderLevel,
  });
  if (!nowLow || isLowStock(before)) return [];
  return [
    pendingEvent(stockLow, {
      aggregateId: after.id,
      payload: {
        productId: after.id,
        sku: after.sku,
        name: after.name,
        available: afterAvailable,
        reorderLevel: after.reorderLevel,
      },
      actor,
    }),
  ];
}

/** Raises stock.low when a change takes an active product from above its reorder level to at or below it. */
export async function recordLowStockCrossing(
  executor: Executor,
  actor: AuditActor,
  before: StockBefore,
  after: StockRow,
) {
  await recordEvents(executor, lowStockCrossing(actor, before, after));
}

type AppliedMovement = {
  kind: MovementKind;
  quantity: number;
  /** The product as the movement left it. */
  row: StockRow;
  reason: string | null;
  orderId: number | null;
};

/** Records the ledger rows (in one insert) and the events of movements that have been applied. */
async function recordMovements(executor: Executor, actor: AuditActor, movements: AppliedMovement[]) {
  const inserted = await insertMovements(
    executor,
    movements.map(({ kind, quantity, row, reason, orderId }) => ({
      productId: row.id,
      kind,
      onHandChange: movementRules[kind].onHand(quantity),
      reservedChange: movementRules[kind].reserved(quantity),
      onHandAfter: row.stockOnHand,
      reservedAfter: row.stockReserved,
      reason,
      orderId,
      createdBy: actor.user?.id ?? null,
    })),
  );
  // One insert for all the events, each product's stock.low right after its movement's event.
  const events = movements.flatMap(({ kind, quantity, row, reason, orderId }) => {
    const rule = movementRules[kind];
    const availableAfter = row.stockOnHand - row.stockReserved;
    const availableChange = rule.onHand(quantity) - rule.reserved(quantity);
    return [
      pendingEvent(rule.event, {
        aggregateId: row.id,
        payload: {
          productId: row.id,
          quantity,
          onHand: row.stockOnHand,
          reserved: row.stockReserved,
          available: availableAfter,
          orderId,
          reason,
        },
        actor,
      }),
      ...(availableChange < 0
        ? lowStockCrossing(
            actor,
            {
              status: row.status,
              available: availableAfter - availableChange,
              reorderLevel: row.reorderLevel,
            },
            row,
          )
        : []),
    ];
  });
  await recordEvents(executor, events);
  return inserted;
}

function normaliseLines(lines: StockLine[]): StockLine[] {
  const merged = new Map<number, number>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.productId) || line.productId < 1)
      throw new AppError('invalid_stock_line', 400, `Invalid product id ${line.productId}`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1)
      throw new AppError(
        'invalid_stock_line',
        400,
        `Quantity must be a positive whole number, not ${line.quantity}`,
      );
    merged.set(line.productId, (merged.get(line.productId) ?? 0) + line.quantity);
  }
  // Always lock products in id order, so two orders sharing products cannot deadlock.
  return [...merged].sort(([a], [b]) => a - b).map(([productId, quantity]) => ({ productId, quantity }));
}

/** Why a movement's condition failed, as the error to throw. */
async function explainFailure(
  executor: Executor,
  kind: MovementKind,
  failed: StockLine[],
): Promise<AppError> {
  const rows = new Map(
    (
      await findStockRows(
        executor,
        failed.map((line) => line.productId),
      )
    ).map((row) => [row.id, row]),
  );
  const missing = failed.find((line) => !rows.has(line.productId));
  if (missing) return notFound('product', missing.productId);
  const lines = failed.map((line) => ({ line, row: rows.get(line.productId) as StockRow }));

  if (kind === 'reservation') {
    const unsellable = lines.filter(
      ({ row }) => !(sellableStatuses as readonly string[]).includes(row.status),
    );
    if (unsellable.length > 0) {
      return new AppError(
        'product_not_sellable',
        409,
        unsellable
          .map(({ row }) => `Product ${row.id} (${row.sku}) is ${row.status} and cannot be sold`)
          .join('; '),
        {
          products: unsellable.map(({ row }) => ({ productId: row.id, sku: row.sku, status: row.status })),
          errors: unsellable.map(({ row }) => ({
            parameter: 'lines',
            message: `product ${row.id} is ${row.status}`,
          })),
        },
      );
    }
  }
  if (kind === 'reservation' || kind === 'adjustment') {
    const shortages = lines.map(({ line, row }) => ({
      productId: row.id,
      sku: row.sku,
      requested: Math.abs(line.quantity),
      available: row.stockOnHand - row.stockReserved,
    }));
    return new AppError(
      'insufficient_stock',
      409,
      shortages
        .map(
          (short) =>
            `Product ${short.productId} (${short.sku}): ${short.requested} requested, ${short.available} available`,
        )
        .join('; '),
      {
        shortages,
        errors: shortages.map((short) => ({
          parameter: 'lines',
          message: `product ${short.productId}: ${short.requested} requested, ${short.available} available`,
        })),
      },
    );
  }
  const verb = kind === 'release' ? 'release' : 'ship';
  return new AppError(
    'stock_not_reserved',
    409,
    lines
      .map(
        ({ line, row }) =>
          `Product ${row.id}: cannot ${verb} ${line.quantity}, only ${row.stockReserved} reserved`,
      )
      .join('; '),
    {
      products: lines.map(({ line, row }) => ({
        productId: row.id,
        requested: line.quantity,
        reserved: row.stockReserved,
      })),
    },
  );
}

const auditActions: Partial<Record<MovementKind, string>> = {
  reservation: 'reserve_stock',
  release: 'release_stock',
  shipment: 'ship_stock',
  return: 'return_stock',
};

/** The ledger rows, events and audit entry of an order's movement once its stock has changed. */
async function recordOrderMovements(
  executor: Executor,
  kind: MovementKind,
  input: OrderStockInput,
  applied: { line: StockLine; row: StockRow }[],
) {
  await recordMovements(
    executor,
    input.actor,
    applied.map(({ line, row }) => ({
      kind,
      quantity: line.quantity,
      row,
      reason: null,
      orderId: input.orderId,
    })),
  );
  await recordAudit(executor, input.actor, {
    action: auditActions[kind] ?? kind,
    resource: 'order',
    resourceId: input.orderId,
    after: { lines: applied.map(({ line }) => line) },
  });
}

/**
 * Reserves all lines or none with one statement (`reserveStockLines`): when it refuses, nothing has changed,
 * so unlike the other movements it needs no savepoint for a caller that catches the error to keep nothing.
 */
async function reserveOrderStock(executor: Executor, input: OrderStockInput, lines: StockLine[]) {
  const rows = await reserveStockLines(executor, lines);
  if (rows.length === 0) {
    const current = await findStockRows(
      executor,
      lines.map((line) => line.productId),
    );
    const byId = new Map(current.map((row) => [row.id, row]));
    const failed = lines.filter((line) => {
      const row = byId.get(line.productId);
      return !row || !isSellable(row.status) || row.stockOnHand - row.stockReserved < line.quantity;
    });
    throw await explainFailure(executor, 'reservation', failed);
  }
  // Both in product id order: every line must have got its own row.
  const applied = lines.map((line, index) => {
    const row = rows[index];
    if (!row || row.id !== line.productId) {
      throw new Error(`reserving stock for order ${input.orderId} changed only some of its lines`);
    }
    return { line, row };
  });
  await recordOrderMovements(executor, 'reservation', input, applied);
}

/**
 * Moves stock for an order, all lines or none: a reservation in one statement that changes every line or
 * none; the other movements line by line in a savepoint of the caller's transaction, so a failed line undoes
 * the lines before it even if the caller catches the error.
 */
async function moveOrderStock(executor: Executor, kind: MovementKind, input: OrderStockInput): Promise<void> {
  const lines = normaliseLines(input.lines);
  if (lines.length === 0) return;
  if (kind === 'reservation') return reserveOrderStock(executor, input, lines);
  const rule = movementRules[kind];
  await executor.transaction(async (savepoint) => {
    const applied: { line: StockLine; row: StockRow }[] = [];
    const failed: StockLine[] = [];
    for (const line of lines) {
      const row = await changeStock(savepoint, {
        productId: line.productId,
        onHandChange: rule.onHand(line.quantity),
        reservedChange: rule.reserved(line.quantity),
        condition: rule.condition(line.quantity),
      });
      if (row) applied.push({ line, row });
      else failed.push(line);
    }
    if (failed.length > 0) throw await explainFailure(savepoint, kind, failed);
    await recordOrderMovements(savepoint, kind, input, applied);
  });
}

/**
 * Reserves stock for an order's lines (product must be active or discontinued, and available ≥ quantity).
 * Throws 409 insufficient_stock (with `shortages`) or product_not_sellable; nothing is reserved then.
 */
export const reserveStock = (executor: Executor, input: OrderStockInput) =>
  moveOrderStock(executor, 'reservation', input);

/** Gives reserved units back to available stock (order cancelled). */
export const releaseStock = (executor: Executor, input: OrderStockInput) =>
  moveOrderStock(executor, 'release', input);

/** Ships reserved units: on hand and reserved both drop. */
export const shipStock = (executor: Executor, input: OrderStockInput) =>
  moveOrderStock(executor, 'shipment', input);

/** Takes returned units back into stock. */
export const returnStock = (executor: Executor, input: OrderStockInput) =>
  moveOrderStock(executor, 'return', input);

const quantityProblem = (message: string) =>
  new AppError('validation_failed', 400, `Invalid body.quantity: ${message}`, {
    errors: [{ parameter: 'body.quantity', message }],
  });

/** Stock levels and the ledger, and the movements staff record by hand. */
export function createInventoryService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(productId: number) {
    const product = await findProductById(db, productId);
    if (!product) throw notFound('product', productId);
    return product;
  }

  return {
    async getStock(productId: number): Promise<StockLevelDto> {
      const product = await existing(productId);
      return toStockLevel(product);
    },

    async listMovements(productId: number, query: Parameters<typeof findMovements>[2]) {
      await existing(productId);
      return findMovements(db, productId, query);
    },

    /** A receipt, a stock-count adjustment (signed) or a return without an order. */
    async recordMovement(actor: AuditActor, productId: number, input: RecordMovementInput) {
      if (input.kind !== 'adjustment' && input.quantity < 0)
        throw quantityProblem(`must be positive for a ${input.kind}`);
      if (input.kind === 'adjustment' && !input.reason) {
        throw new AppError('validation_failed', 400, 'Invalid body.reason: an adjustment needs a reason', {
          errors: [{ parameter: 'body.reason', message: 'required for an adjustment' }],
        });
      }
      const rule = movementRules[input.kind];
      return db.transaction(async (tx) => {
        const row = await changeStock(tx, {
          productId,
          onHandChange: rule.onHand(input.quantity),
          reservedChange: rule.reserved(input.quantity),
          // Archived products are read-only, their stock included.
          condition: sql`${products.status} <> 'archived' and ${rule.condition(input.quantity) ?? sql`true`}`,
        });
        if (!row) {
          const [current] = await findStockRows(tx, [productId]);
          if (!current) throw notFound('product', productId);
          if (current.status === 'archived') throw productArchived(productId);
          throw await explainFailure(tx, input.kind, [{ productId, quantity: input.quantity }]);
        }
        const [movement] = await recordMovements(tx, actor, [
          { kind: input.kind, quantity: input.quantity, row, reason: input.reason ?? null, orderId: null },
        ]);
        if (!movement) throw new Error('ledger insert returned no row');
        await recordAudit(tx, actor, {
          action: `stock_${input.kind}`,
          resource: 'product',
          resourceId: productId,
          before: {
            stockOnHand: row.stockOnHand - rule.onHand(input.quantity),
            stockReserved: row.stockReserved,
          },
          after: {
            stockOnHand: row.stockOnHand,
            stockReserved: row.stockReserved,
            reason: input.reason ?? null,
          },
        });
        return { movement, stock: toStockLevel(row) };
      });
    },
  };
}

export const productArchived = (id: number) =>
  new AppError('product_archived', 409, `Product ${id} is archived and read-only`);
