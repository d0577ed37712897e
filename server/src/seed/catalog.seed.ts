import { sql } from 'drizzle-orm';
import {
  inventoryMovements,
  productCategories,
  productStatusChanges,
  type productStatuses,
  products,
} from '../modules/catalog/schema';
import { orderItems, orders } from '../modules/orders/schema';
import { type Cents, divideRounded, formatCents } from '../platform/money/money.util';
import { catalogCategories, productTags } from './demo-catalog';
import { reservingStatuses } from './order-plan.util';
import { breathe, DAY, insertRows, pipeline, type SeedContext } from './seed-context';
import { nextId, type SeedRow } from './seed-insert.util';
import { loadPhase } from './seed-load.util';

type ProductStatus = (typeof productStatuses)[number];

/** What orders need to know about the products: ids, names and prices, and which could be sold when. */
export type ProductPool = {
  firstId: number;
  name: string[];
  sku: string[];
  price: Cents[];
  /** Indexes of products an order may contain, oldest first, and when each was created (epoch ms). */
  sellable: ProductList;
  /** Sellable ones and the archived ones, for orders placed before the archiving. */
  everSold: ProductList;
};

export type ProductList = { index: number[]; createdAt: number[] };

// Products are created over three years, so the catalogue grows through the two years of orders; the
// newest few are drafts not launched yet. Archived products were archived in the last 60 days, so orders
// younger than that never contain one.
const CATALOGUE_YEARS_DAYS = 1_100;
export const ARCHIVED_WITHIN_DAYS = 60;

/** Categories (a tree: the roots of demo-catalog and their subcategories), products and their history. */
export async function seedCatalog(context: SeedContext, count: number): Promise<ProductPool> {
  const { random, asOf } = context;
  const { faker } = random;
  const pool: ProductPool = {
    firstId: 0,
    name: [],
    sku: [],
    price: [],
    sellable: { index: [], createdAt: [] },
    everSold: { index: [], createdAt: [] },
  };
  await loadPhase(
    context.db,
    {
      tables: [productCategories, products, productStatusChanges],
      rebuild: count >= context.rebuildFromRows,
      onProgress: context.progress,
    },
    async (transaction) => {
      const categoryStart = await nextId(transaction, productCategories);
      const created = asOf - CATALOGUE_YEARS_DAYS * DAY;
      const roots = catalogCategories.map((root, offset) => ({
        id: categoryStart + offset,
        name: root.name,
        slug: root.slug,
        description: `${root.name}: ${root.children.map((child) => child.name.toLowerCase()).join(' and ')}`,
        createdAt: created,
        updatedAt: created,
      }));
      const leaves = catalogCategories.flatMap((root, rootOffset) =>
        root.children.map((child) => ({ root, rootId: categoryStart + rootOffset, child })),
      );
      await insertRows(context, transaction, productCategories, [
        ...roots,
        ...leaves.map(({ rootId, child }, offset) => ({
          id: categoryStart + roots.length + offset,
          name: child.name,
          slug: child.slug,
          description: `${child.nouns.join(', ')}`,
          parentId: rootId,
          createdAt: created,
          updatedAt: created,
        })),
      ]);

      pool.firstId = await nextId(transaction, products);
      const start = created;
      const span = (CATALOGUE_YEARS_DAYS - 1) * DAY;
      await pipeline({
        executor: transaction,
        total: count,
        batchSize: context.batchSize,
        onWritten: (done) => context.progress('products', done, count),
        generate: async (first, size) => {
          const productRows: SeedRow<typeof products>[] = [];
          const historyRows: SeedRow<typeof productStatusChanges>[] = [];
          for (let index = first; index < first + size; index++) {
            if ((index & 255) === 0) await breathe();
            const leafOffset = random.int(0, leaves.length - 1);
            const { root, child } = leaves[leafOffset] as (typeof leaves)[number];
            const createdAt = Math.floor(start + (span * (index + random.next())) / count);
            const status = productStatus(context, { index, count, createdAt });
            const timeline = statusTimeline(context, status, createdAt);
            const id = pool.firstId + index;
            const priceCents = BigInt(
              random.int(root.priceRange[0], root.priceRange[1]) * 100 + random.pick([0, 0, 50, 99]),
            );
            const name = `${faker.commerce.productAdjective()} ${random.pick(child.nouns)}`;
            const sku = `SKU-${String(index + 1).padStart(6, '0')}`;
            const reorderLevel = status === 'active' || status === 'draft' ? random.int(5, 50) : 0;
            const tags = new Set([random.pick(root.tags)]);
            for (let extra = random.int(0, 2); extra > 0; extra--) tags.add(random.pick(productTags));
            const specifications: Record<string, string> = {};
            for (const [key, values] of Object.entries(root.specifications))
              specifications[key] = random.pick(values);
            specifications.Support = random.pick(['Email', 'Email and chat', '24/7 phone']);
            const specificationLine = Object.entries(specifications)
              .map(([key, value]) => `${key}: ${value}`)
              .join('; ');
            productRows.push({
              id,
              sku,
              name,
              description: `${name}, from our ${child.name.toLowerCase()} range. ${specificationLine}.`,
              price: formatCents(priceCents),
              cost: formatCents(divideRounded(priceCents * BigInt(random.int(30, 70)), 100n)),
              currency: 'USD',
              unit: root.unit,
              categoryId: roots.length + categoryStart + leafOffset,
              status,
              specifications,
              tags: [...tags],
              stockOnHand: openingStock(context, status, reorderLevel),
              reorderLevel,
              createdAt,
              updatedAt: timeline[timeline.length - 1]?.at ?? createdAt,
            });
            for (const change of timeline) {
              historyRows.push({
                productId: id,
                fromStatus: change.from,
                toStatus: change.to,
                reason: change.reason,
                changedAt: change.at,
              });
            }
            pool.name.push(name);
            pool.sku.push(sku);
            pool.price.push(priceCents);
            if (status !== 'draft') {
              pool.everSold.index.push(index);
              pool.everSold.createdAt.push(createdAt);
              if (status !== 'archived') {
                pool.sellable.index.push(index);
                pool.sellable.createdAt.push(createdAt);
              }
            }
          }
          return [
            context.writer.prepare(products, productRows),
            context.writer.prepare(productStatusChanges, historyRows),
          ];
        },
      });
    },
  );
  return pool;
}

function productStatus(
  context: SeedContext,
  product: { index: number; count: number; createdAt: number },
): ProductStatus {
  const { random, asOf } = context;
  // The first product is always on sale, so even the smallest catalogue can take orders.
  if (product.index === 0) return 'active';
  const age = product.index / product.count;
  if (age >= 0.95) return random.chance(0.5) ? 'draft' : 'active';
  const value = random.weighted<ProductStatus>(
    age < 0.5
      ? [
          ['active', 65],
          ['discontinued', 15],
          ['archived', 20],
        ]
      : [
          ['active', 80],
          ['discontinued', 12],
          ['archived', 8],
        ],
  );
  // Too young to have been discontinued and archived before the archiving window.
  if (value === 'archived' && product.createdAt > asOf - 2 * ARCHIVED_WITHIN_DAYS * DAY) return 'active';
  return value;
}

type StatusChange = { from: ProductStatus | null; to: ProductStatus; at: number; reason: string };

/** The lifecycle steps that led to the status: draft → active → discontinued → archived. */
function statusTimeline(context: SeedContext, status: ProductStatus, createdAt: number): StatusChange[] {
  const { random, asOf } = context;
  const changes: StatusChange[] = [{ from: null, to: 'draft', at: createdAt, reason: 'Created' }];
  if (status === 'draft') return changes;
  changes.push({ from: 'draft', to: 'active', at: createdAt, reason: 'Launched' });
  if (status === 'active') return changes;
  if (status === 'discontinued') {
    const at = random.between(Math.max(createdAt, asOf - 180 * DAY), asOf - DAY);
    changes.push({
      from: 'active',
      to: 'discontinued',
      at,
      reason: 'Replaced by a newer model; selling out',
    });
    return changes;
  }
  const archivedAt = random.between(asOf - ARCHIVED_WITHIN_DAYS * DAY, asOf - DAY);
  const discontinuedAt = random.between(Math.max(createdAt, archivedAt - 120 * DAY), archivedAt - DAY);
  changes.push({ from: 'active', to: 'discontinued', at: discontinuedAt, reason: 'End of life announced' });
  changes.push({ from: 'discontinued', to: 'archived', at: archivedAt, reason: 'Sold out' });
  return changes;
}

/** Stock before reservations: some active products sold out or low, discontinued ones a remainder, archived none. */
function openingStock(context: SeedContext, status: ProductStatus, reorderLevel: number): number {
  const { random } = context;
  switch (status) {
    case 'active':
      return random.weighted([
        [0, 8],
        [random.int(1, Math.max(1, reorderLevel)), 12],
        [random.int(reorderLevel + 1, 800), 80],
      ]);
    case 'discontinued':
      return random.int(0, 30);
    case 'draft':
      return random.chance(0.5) ? random.int(10, 200) : 0;
    case 'archived':
      return 0;
  }
}

/**
 * Brings stock in line with the orders, set-based: each product reserves exactly the unshipped quantity
 * of its confirmed, not yet fulfilled orders; on hand is at least that; and the ledger explains both (an
 * opening receipt, then one reservation per open order line, running totals after each).
 */
export async function settleStock(context: SeedContext, options: { rebuild: boolean }): Promise<void> {
  const reserving = sql.join(
    reservingStatuses.map((status) => sql`${status}`),
    sql`, `,
  );
  const openingAt = new Date(context.asOf - 120 * DAY).toISOString();
  await loadPhase(
    context.db,
    { tables: [inventoryMovements], rebuild: options.rebuild, onProgress: context.progress },
    async (transaction) => {
      context.progress('stock', 0, 2);
      await transaction.execute(sql`
        update ${products} set stock_reserved = reserved.quantity,
          stock_on_hand = greatest(${products.stockOnHand}, reserved.quantity)
        from (
          select ${orderItems.productId} as product_id, sum(${orderItems.quantity} - ${orderItems.quantityShipped})::int as quantity
          from ${orderItems} join ${orders} on ${orders.id} = ${orderItems.orderId}
          where ${orders.status} in (${reserving})
          group by ${orderItems.productId}
        ) as reserved
        where ${products.id} = reserved.product_id`);
      context.progress('stock', 1, 2);
      await transaction.execute(sql`
        insert into ${inventoryMovements} (product_id, kind, on_hand_change, reserved_change, on_hand_after,
          reserved_after, reason, order_id, created_by, created_at)
        select product_id, kind, on_hand_change, reserved_change, on_hand,
          sum(reserved_change) over (partition by product_id order by created_at, line rows unbounded preceding),
          reason, order_id, created_by, created_at
        from (
          select ${products.id} as product_id, 'receipt' as kind, ${products.stockOnHand} as on_hand_change,
            0 as reserved_change, ${products.stockOnHand} as on_hand, 'Opening balance' as reason,
            null::int as order_id, null::int as created_by,
            greatest(${products.createdAt}, ${openingAt}::timestamptz) as created_at, 0 as line
          from ${products} where ${products.stockOnHand} > 0
          union all
          select ${orderItems.productId}, 'reservation', 0, ${orderItems.quantity} - ${orderItems.quantityShipped},
            ${products.stockOnHand}, 'Reserved for order ' || ${orders.id}, ${orders.id}, ${orders.ownerUserId},
            ${orders.confirmedAt}, ${orderItems.id}
          from ${orderItems}
          join ${orders} on ${orders.id} = ${orderItems.orderId}
          join ${products} on ${products.id} = ${orderItems.productId}
          where ${orders.status} in (${reserving}) and ${orderItems.quantity} > ${orderItems.quantityShipped}
        ) as movement
        order by created_at, product_id, line`);
      context.progress('stock', 2, 2);
    },
  );
}
