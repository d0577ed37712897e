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

  it('reserves overlapping baskets at once without deadlocks and without overdrawing any product', async () => {
    const { db } = testApp.context.database;
    const stocked = [
      await createProduct(db, { stockOnHand: 12 }),
      await createProduct(db, { stockOnHand: 12 }),
      await createProduct(db, { stockOnHand: 12 }),
    ];
    // Thirty baskets of two or three of the products, listed in every order: 40 to 60 units asked of each.
    const baskets = Array.from({ length: 30 }, (_, index) => {
      const rotated = [...stocked.slice(index % 3), ...stocked.slice(0, index % 3)];
      const products = index % 2 === 0 ? rotated : rotated.slice(0, 2).reverse();
      return products.map((product, line) => ({ productId: product.id, quantity: ((index + line) % 3) + 1 }));
    });

    const results = await Promise.allSettled(
      baskets.map((lines, index) =>
        db.transaction((tx) => reserveStock(tx, { orderId: 20_000 + index, lines, actor: systemActor() })),
      ),
    );

    // A deadlock would surface as a database error, not as a refusal.
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(result.reason).toBeInstanceOf(AppError);
        expect(result.reason).toMatchObject({ code: 'insufficient_stock', status: 409 });
      }
    }
    const granted = baskets.filter((_, index) => results[index]?.status === 'fulfilled');
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.length).toBeLessThan(baskets.length);
    for (const product of stocked) {
      const wanted = granted
        .flat()
        .filter((line) => line.productId === product.id)
        .reduce((sum, line) => sum + line.quantity, 0);
      const [row] = await db
        .select({ onHand: products.stockOnHand, reserved: products.stockReserved })
        .from(products)
        .where(eq(products.id, product.id));
      expect(row).toEqual({ onHand: 12, reserved: wanted });
      // Each granted reservation saw the ones before it: the ledger climbs without two steps alike.
      const ledger = await db
        .select({ change: inventoryMovements.reservedChange, after: inventoryMovements.reservedAfter })
        .from(inventoryMovements)
        .where(and(eq(inventoryMovements.productId, product.id), eq(inventoryMovements.kind, 'reservation')))
        .orderBy(inventoryMovements.reservedAfter);
      let running = 0;
      for (const entry of ledger) {
        running += entry.change;
        expect(entry.after).toBe(running);
      }
      expect(running).toBe(wanted);
    }
  });
});
