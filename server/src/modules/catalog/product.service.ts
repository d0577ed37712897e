import type { Database, Executor } from '../../platform/db/database';
import { constraintViolationOf, sqlState } from '../../platform/db/errors';
import { recordEvent } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import type { Page } from '../../platform/http/pagination';
import { recordAudit } from '../identity';
import { findCategoryById, findPublicCategories } from './category.repository';
import type {
  CreateProductInput,
  InventoryMovementDto,
  ProductDto,
  ProductListQuery,
  PublishedProductListQuery,
  UpdateProductInput,
} from './dto';
import { productCreated, productDeleted, productStatusChanged, productUpdated } from './events';
import { productArchived, recordLowStockCrossing } from './inventory.service';
import {
  deleteProductRow,
  findProductById,
  findProducts,
  findStatusChanges,
  findUserNames,
  hasMovements,
  insertProduct,
  insertStatusChange,
  setProductStatus,
  skuExists,
  toPublishedProductDto,
  updateProductRow,
} from './product.repository';
import { canTransition, type ProductStatus, productTransitions } from './product-lifecycle.util';

const skuTaken = (sku: string) =>
  new AppError('sku_taken', 409, `A product with SKU ${sku} exists already`, {
    errors: [{ parameter: 'body.sku', message: 'is taken' }],
  });

const categoryMissing = (id: number) =>
  new AppError('category_not_found', 400, `Category ${id} does not exist`, {
    errors: [{ parameter: 'body.categoryId', message: 'must name an existing category' }],
  });

/** The audited picture of a product: everything staff can change, without derived or volatile fields. */
function auditView(product: ProductDto) {
  const {
    categoryName: _name,
    stockAvailable: _available,
    lowStock: _low,
    allowedTransitions: _transitions,
    updatedAt: _updated,
    ...rest
  } = product;
  return rest;
}

function changedFields(before: ProductDto, after: ProductDto): string[] {
  const keys = Object.keys(auditView(after)) as (keyof ReturnType<typeof auditView>)[];
  return keys.filter(
    (key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** Products for staff (list, edit, lifecycle) and the public catalogue. */
export function createProductService(deps: { db: Database }) {
  const { db } = deps;

  async function existing(id: number, executor: Executor = db, options: { lock?: boolean } = {}) {
    const product = await findProductById(executor, id, options);
    if (!product) throw notFound('product', id);
    return product;
  }

  async function assertCategoryExists(executor: Executor, categoryId: number | null | undefined) {
    if (categoryId && !(await findCategoryById(executor, categoryId))) throw categoryMissing(categoryId);
  }

  /** Maps lost races (SKU taken, category deleted since the checks) to the same answers as the checks. */
  async function guardingRaces<T>(
    input: { sku?: string; categoryId?: number | null },
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const violation = constraintViolationOf(error, sqlState.uniqueViolation);
      if (input.sku && violation && (!violation.constraint || violation.constraint === 'products_sku_unique'))
        throw skuTaken(input.sku);
      if (input.categoryId && constraintViolationOf(error, sqlState.foreignKeyViolation))
        throw categoryMissing(input.categoryId);
      throw error;
    }
  }

  return {
    /** Every product, drafts and archived included: for staff. */
    listProducts: (query: ProductListQuery) => findProducts(db, { query }),

    getProduct: (id: number) => existing(id),

    /** The public catalogue: active products, and discontinued ones while stock lasts. */
    async listPublishedProducts(query: PublishedProductListQuery) {
      const page = await findProducts(db, { query, published: true });
      return { items: page.items.map(toPublishedProductDto), nextCursor: page.nextCursor };
    },

    async getPublishedProduct(id: number) {
      const product = await findProductById(db, id);
      const visible =
        product &&
        (product.status === 'active' || (product.status === 'discontinued' && product.stockAvailable > 0));
      if (!visible) throw notFound('product', id);
      return toPublishedProductDto(product);
    },

    listPublicCategories: async () => ({ items: await findPublicCategories(db) }),

    async createProduct(actor: AuditActor, input: CreateProductInput) {
      await assertCategoryExists(db, input.categoryId);
      if (await skuExists(db, input.sku)) throw skuTaken(input.sku);
      return guardingRaces(input, () =>
        db.transaction(async (tx) => {
          const id = await insertProduct(tx, { ...input, description: input.description ?? null });
          await insertStatusChange(tx, {
            productId: id,
            fromStatus: null,
            toStatus: input.status,
            reason: 'created',
            changedBy: actor.user?.id ?? null,
          });
          const product = await existing(id, tx);
          await recordEvent(tx, productCreated, {
            aggregateId: id,
            payload: { productId: id, sku: product.sku, name: product.name, status: product.status },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'product',
            resourceId: id,
            after: auditView(product),
          });
          return product;
        }),
      );
    },

    /** Edits product data; archived products are read-only (409), a stale If-Match is a 412. */
    async updateProduct(
      actor: AuditActor,
      id: number,
      changes: UpdateProductInput,
      expectedVersion?: number,
    ) {
      const current = await existing(id);
      if (current.status === 'archived') throw productArchived(id);
      if (Object.keys(changes).length === 0) {
        if (expectedVersion !== undefined && current.version !== expectedVersion)
          throw versionConflict('product');
        return current;
      }
      await assertCategoryExists(db, changes.categoryId);
      if (changes.sku !== undefined && changes.sku !== current.sku && (await skuExists(db, changes.sku)))
        throw skuTaken(changes.sku);
      return guardingRaces(changes, () =>
        db.transaction(async (tx) => {
          const before = await existing(id, tx, { lock: true });
          if (before.status === 'archived') throw productArchived(id);
          if (expectedVersion !== undefined && before.version !== expectedVersion)
            throw versionConflict('product');
          if (!(await updateProductRow(tx, id, changes, expectedVersion))) throw versionConflict('product');
          const after = await existing(id, tx);
          const fields = changedFields(before, after);
          await recordEvent(tx, productUpdated, {
            aggregateId: id,
            payload: { productId: id, sku: after.sku, changedFields: fields },
            actor,
          });
          // Raising the reorder level above what is available is a crossing too.
          if (fields.includes('reorderLevel')) {
            await recordLowStockCrossing(
              tx,
              actor,
              { status: before.status, available: before.stockAvailable, reorderLevel: before.reorderLevel },
              {
                id,
                sku: after.sku,
                name: after.name,
                status: after.status,
                stockOnHand: after.stockOnHand,
                stockReserved: after.stockReserved,
                reorderLevel: after.reorderLevel,
              },
            );
          }
          await recordAudit(tx, actor, {
            action: 'update',
            resource: 'product',
            resourceId: id,
            before: auditView(before),
            after: auditView(after),
          });
          return after;
        }),
      );
    },

    /**
     * Deletes a draft that never moved stock or appeared on an order; anything else keeps its history and
     * is archived instead.
     */
    async deleteProduct(actor: AuditActor, id: number, expectedVersion?: number) {
      const notDeletable = (why: string) =>
        new AppError('product_not_deletable', 409, `Product ${id} ${why}; archive it instead`);
      try {
        await db.transaction(async (tx) => {
          const product = await existing(id, tx, { lock: true });
          if (expectedVersion !== undefined && product.version !== expectedVersion)
            throw versionConflict('product');
          if (product.status !== 'draft') throw notDeletable(`is ${product.status}, not a draft`);
          if (await hasMovements(tx, id)) throw notDeletable('has stock movements');
          await deleteProductRow(tx, id);
          await recordEvent(tx, productDeleted, {
            aggregateId: id,
            payload: { productId: id, sku: product.sku },
            actor,
          });
          await recordAudit(tx, actor, {
            action: 'delete',
            resource: 'product',
            resourceId: id,
            before: auditView(product),
          });
        });
      } catch (error) {
        // Order lines (owned by the orders module) reference products without cascading.
        if (constraintViolationOf(error, sqlState.foreignKeyViolation))
          throw notDeletable('appears on orders');
        throw error;
      }
    },

    /** Moves a product along its lifecycle, recording who, when and why. */
    async changeStatus(
      actor: AuditActor,
      id: number,
      input: { status: ProductStatus; reason?: string },
      expectedVersion?: number,
    ) {
      return db.transaction(async (tx) => {
        const before = await existing(id, tx, { lock: true });
        if (expectedVersion !== undefined && before.version !== expectedVersion)
          throw versionConflict('product');
        if (!canTransition(before.status, input.status)) {
          const allowed = productTransitions[before.status];
          throw new AppError(
            'illegal_status_transition',
            409,
            `A ${before.status} product cannot become ${input.status}` +
              (allowed.length ? `; it can become ${allowed.join(' or ')}` : '; archived products are final'),
            { from: before.status, to: input.status, allowed },
          );
        }
        if (input.status === 'archived' && before.stockReserved > 0) {
          throw new AppError(
            'stock_reserved',
            409,
            `Product ${id} has ${before.stockReserved} units reserved by open orders; ship or release them first`,
          );
        }
        if (!(await setProductStatus(tx, id, input.status, expectedVersion)))
          throw versionConflict('product');
        const reason = input.reason || null;
        await insertStatusChange(tx, {
          productId: id,
          fromStatus: before.status,
          toStatus: input.status,
          reason,
          changedBy: actor.user?.id ?? null,
        });
        const after = await existing(id, tx);
        await recordEvent(tx, productStatusChanged, {
          aggregateId: id,
          payload: { productId: id, sku: after.sku, from: before.status, to: after.status, reason },
          actor,
        });
        await recordAudit(tx, actor, {
          action: 'change_status',
          resource: 'product',
          resourceId: id,
          before: { status: before.status },
          after: { status: after.status, reason },
        });
        return after;
      });
    },

    /** A page of the stock ledger with the name of who made each movement, looked up for the page at once. */
    async nameMovementAuthors(page: Page<InventoryMovementDto>) {
      const names = await findUserNames(
        db,
        page.items.flatMap((movement) => (movement.createdBy === null ? [] : [movement.createdBy])),
      );
      return {
        ...page,
        items: page.items.map((movement) => ({
          ...movement,
          createdByName: movement.createdBy === null ? null : (names.get(movement.createdBy) ?? null),
        })),
      };
    },

    async listHistory(id: number, page: { limit: number; cursor?: string }) {
      await existing(id);
      return findStatusChanges(db, id, page);
    },
  };
}
