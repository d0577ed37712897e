import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryMovements, products, reserveStock } from '../../src/modules/catalog';
import { AppError } from '../../src/platform/http/errors';
import { eventsOfType, systemActor } from '../support/catalog-factories';
import { createProduct } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Runs on PGlite by default and on real PostgreSQL (a pool of connections, so real concurrency) when
// DATABASE_URL is set.
let testApp: TestApp;

beforeAll(async () => {
  testApp = await buildTestApp();
});
afterAll(() => testApp.close());

describe('concurrent reservations', () => {
  it('lets exactly 10 of 50 simultaneous one-unit reservations through against 10 in stock', async () => {
    const { db } = testApp.context.database;
    const product = await createProduct(db, { stockOnHand: 10, reorderLevel: 2 });

    const attempts = Array.from({ length: 50 }, (_, index) =>
      db.transaction((tx) =>
        reserveStock(tx, {
          orderId: 10_000 + index,
          lines: [{ productId: product.id, quantity: 1 }],
          actor: systemActor(),
        }),
      ),
    );
    const results = await Promise.allSettled(attempts);

    const succeeded = results.filter((result) => result.status === 'fulfilled');
    const failed = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(succeeded).toHaveLength(10);
    expect(failed).toHaveLength(40);
    for (const error of failed) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'insufficient_stock', status: 409 });
      expect((error as AppError).extensions.shortages).toEqual([
        { productId: product.id, sku: product.sku, requested: 1, available: 0 },
      ]);
    }

    const [row] = await db
      .select({ onHand: products.stockOnHand, reserved: products.stockReserved })
      .from(products)
      .where(eq(products.id, product.id));
    expect(row).toEqual({ onHand: 10, reserved: 10 });

    const ledger = await db
      .select({ reservedAfter: inventoryMovements.reservedAfter })
      .from(inventoryMovements)
      .where(and(eq(inventoryMovements.productId, product.id), eq(inventoryMovements.kind, 'reservation')));
    // Each success saw the one before it: reserved went 1, 2, …, 10 with no two the same.
    expect(ledger.map((entry) => entry.reservedAfter).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, index) => index + 1),
    );
    // Available went 10 → 0 through the reorder level once: one stock.low, however the race ran.
    expect(await eventsOfType(db, 'stock.low', product.id)).toHaveLength(1);
  });
});
