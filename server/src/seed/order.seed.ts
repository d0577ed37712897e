import {
  orderItems,
  orderStatusChanges,
  orders,
  type paymentMethods,
  payments,
  shipmentItems,
  shipments,
} from '../modules/orders/schema';
import { type Cents, divideRounded, formatCents } from '../platform/money/money.util';
import { ARCHIVED_WITHIN_DAYS, type ProductList, type ProductPool } from './catalog.seed';
import { type ClientPlan, type OrderBook, paymentTermsOf, taxRateOf } from './client.seed';
import { cancellationReasons, carriers, locations } from './demo-catalog';
import {
  type LineAmounts,
  lineAmounts,
  type OrderEvent,
  type OrderStatus,
  type PaymentPlan,
  parseRate,
  pickOutcome,
  pickPaymentPlan,
  type Rate,
  replayOrder,
  reservingStatuses,
  showcaseOrders,
} from './order-plan.util';
import { breathe, DAY, HOUR, isoDay, pipeline, type SeedContext } from './seed-context';
import { nextId, type SeedRow } from './seed-insert.util';
import { loadPhase } from './seed-load.util';

/** Orders younger than this get their full status history; older ones keep the volume of history reasonable. */
export const STATUS_HISTORY_DAYS = 90;

// Discounts a line may get; clients of higher tiers get one more often.
const discountRates = ['5.00', '10.00', '12.50', '15.00', '20.00'].map((rate) => parseRate(rate, 'percent'));
const noDiscount = parseRate('0.00', 'percent');
const discountChanceByTier = [0.1, 0.15, 0.25, 0.4];
const taxRates = new Map(
  locations.map((location) => [location.taxRate, parseRate(location.taxRate, 'fraction')]),
);
const paymentMethodWeights: readonly (readonly [(typeof paymentMethods)[number], number])[] = [
  ['bank_transfer', 45],
  ['card', 40],
  ['check', 8],
  ['other', 5],
  ['cash', 2],
];

type Batch = {
  orderRows: SeedRow<typeof orders>[];
  itemRows: SeedRow<typeof orderItems>[];
  historyRows: SeedRow<typeof orderStatusChanges>[];
  paymentRows: SeedRow<typeof payments>[];
  shipmentRows: SeedRow<typeof shipments>[];
  shipmentItemRows: SeedRow<typeof shipmentItems>[];
};

export type OrderCounts = {
  orders: number;
  orderItems: number;
  payments: number;
  shipments: number;
  shipmentItems: number;
  orderStatusChanges: number;
};

/**
 * Orders with their lines, payments, shipments and status history, batch by batch in id order. Each order
 * is planned from its age (where would an order placed then have got to), its events are laid out in
 * time, and replaying them gives its status, payment and fulfilment sides, so all of them agree.
 */
export async function seedOrders(
  context: SeedContext,
  options: { plan: ClientPlan; book: OrderBook; products: ProductPool; linesPerOrder: number },
): Promise<OrderCounts> {
  const { book } = options;
  const counts: OrderCounts = {
    orders: book.count,
    orderItems: 0,
    payments: 0,
    shipments: 0,
    shipmentItems: 0,
    orderStatusChanges: 0,
  };
  const tables = [orders, orderItems, orderStatusChanges, payments, shipments, shipmentItems];
  await loadPhase(
    context.db,
    { tables, rebuild: book.count * 3 >= context.rebuildFromRows, onProgress: context.progress },
    async (transaction) => {
      const ids = {
        order: await nextId(transaction, orders),
        item: await nextId(transaction, orderItems),
        shipment: await nextId(transaction, shipments),
      };
      const firstOrderId = ids.order;
      await pipeline({
        executor: transaction,
        total: book.count,
        batchSize: Math.max(1, Math.floor(context.batchSize / 2)),
        onWritten: (done) => context.progress('orders', done, book.count),
        generate: async (first, size) => {
          const batch: Batch = {
            orderRows: [],
            itemRows: [],
            historyRows: [],
            paymentRows: [],
            shipmentRows: [],
            shipmentItemRows: [],
          };
          for (let position = first; position < first + size; position++) {
            if ((position & 63) === 0) await breathe();
            generateOrder(context, { ...options, position, orderId: firstOrderId + position, ids, batch });
          }
          counts.orderItems += batch.itemRows.length;
          counts.payments += batch.paymentRows.length;
          counts.shipments += batch.shipmentRows.length;
          counts.shipmentItems += batch.shipmentItemRows.length;
          counts.orderStatusChanges += batch.historyRows.length;
          return [
            context.writer.prepare(orders, batch.orderRows),
            context.writer.prepare(orderItems, batch.itemRows),
            context.writer.prepare(orderStatusChanges, batch.historyRows),
            context.writer.prepare(payments, batch.paymentRows),
            context.writer.prepare(shipments, batch.shipmentRows),
            context.writer.prepare(shipmentItems, batch.shipmentItemRows),
          ];
        },
      });
    },
  );
  return counts;
}

type Line = { product: number; quantity: number; unitPrice: Cents; discount: Rate; amounts: LineAmounts };

function generateOrder(
  context: SeedContext,
  options: {
    plan: ClientPlan;
    book: OrderBook;
    products: ProductPool;
    linesPerOrder: number;
    position: number;
    orderId: number;
    ids: { item: number; shipment: number };
    batch: Batch;
  },
): void {
  const { random, asOf } = context;
  const { plan, book, products, position, orderId, ids, batch } = options;
  const client = book.clientIndex[position] as number;
  const placedAt = book.placedAt[position] as number;
  const ageDays = (asOf - placedAt) / DAY;
  const showcase = showcaseOrders[book.showcase[position] as number];
  const tier = plan.tier[client] as number;
  const owner = plan.ownerUserId[client] || null;
  let status: OrderStatus = showcase?.status ?? pickOutcome(ageDays, random);

  // Lines: distinct products that existed when the order was placed; open and recent orders only sell
  // what is still on sale.
  const stillOnSale =
    status === 'draft' ||
    (reservingStatuses as readonly string[]).includes(status) ||
    ageDays <= ARCHIVED_WITHIN_DAYS;
  const list = stillOnSale ? products.sellable : products.everSold;
  const eligible = Math.max(1, countCreatedBy(list, placedAt));
  const taxRate = taxRates.get(taxRateOf(plan, client)) as Rate;
  const lines: Line[] = [];
  const wanted = random.int(showcase ? 2 : 1, Math.max(showcase ? 2 : 1, options.linesPerOrder));
  for (let attempt = 0; lines.length < wanted && attempt < wanted + 3; attempt++) {
    const product = list.index[random.int(0, eligible - 1)] as number;
    if (lines.some((line) => line.product === product)) continue;
    const draw = random.next();
    const quantity =
      draw < 0.4 ? 1 : draw < 0.75 ? random.int(2, 5) : draw < 0.95 ? random.int(6, 20) : random.int(21, 50);
    const discount = random.chance(discountChanceByTier[tier] ?? 0.1)
      ? random.pick(discountRates)
      : noDiscount;
    const unitPrice = products.price[product] as Cents;
    lines.push({
      product,
      quantity,
      unitPrice,
      discount,
      amounts: lineAmounts({ unitPrice, quantity, discount, taxRate }),
    });
  }
  let total = 0n;
  let subtotal = 0n;
  let discountTotal = 0n;
  let taxTotal = 0n;
  for (const { amounts } of lines) {
    total += amounts.total;
    subtotal += amounts.subtotal;
    discountTotal += amounts.discount;
    taxTotal += amounts.tax;
  }
  // A single unit cannot ship in part.
  if (status === 'partially_fulfilled' && lines.length === 1 && lines[0]?.quantity === 1)
    status = 'fulfilled';
  const paymentPlan: PaymentPlan = showcase?.payment ?? pickPaymentPlan(status, random);

  // Young orders move faster through their steps, so that even a day-old order fits its history in.
  const pace = { random, scale: Math.min(1, Math.max(0.05, ageDays / 30)), latest: asOf - 1_000 };
  const termsDays = paymentTermsOf(plan, client);
  const events: OrderEvent[] = [];
  let confirmedAt: number | null = null;
  let cancelledAt: number | null = null;
  let closedAt: number | null = null;
  if (status === 'cancelled' && !showcase && random.chance(0.3)) {
    cancelledAt = later(pace, placedAt, 2 * DAY);
    events.push({ kind: 'cancel', at: cancelledAt });
  } else if (status !== 'draft') {
    confirmedAt = later(pace, placedAt, 6 * HOUR);
    events.push({ kind: 'confirm', at: confirmedAt });
    const payAfter = termsDays * DAY * 0.6;
    let paidAt = confirmedAt;
    switch (paymentPlan) {
      case 'partial': {
        const amount = clampPart(divideRounded(total * BigInt(random.int(20, 80)), 100n), total);
        paidAt = later(pace, confirmedAt, payAfter / 2);
        events.push({ kind: 'payment', at: paidAt, amount });
        break;
      }
      case 'full_in_two': {
        const deposit = clampPart(divideRounded(total * BigInt(random.int(30, 50)), 100n), total);
        const depositAt = later(pace, confirmedAt, payAfter * 0.3);
        paidAt = later(pace, depositAt, payAfter);
        events.push({ kind: 'payment', at: depositAt, amount: deposit });
        events.push({ kind: 'payment', at: paidAt, amount: total - deposit });
        break;
      }
      case 'full':
      case 'full_partial_refund':
      case 'full_refund':
        paidAt = later(pace, confirmedAt, status === 'refunded' ? payAfter / 2 : payAfter);
        events.push({ kind: 'payment', at: paidAt, amount: total });
        break;
      case 'none':
        break;
    }
    let lastAt = paidAt;
    if (status === 'cancelled' || status === 'refunded') {
      cancelledAt = later(pace, paidAt, 3 * DAY);
      events.push({ kind: 'cancel', at: cancelledAt });
      lastAt = cancelledAt;
      if (status === 'refunded') {
        lastAt = later(pace, cancelledAt, 2 * DAY);
        events.push({ kind: 'refund', at: lastAt, amount: total });
      }
    }
    if (['partially_fulfilled', 'fulfilled', 'delivered', 'closed'].includes(status)) {
      const shipAt = later(pace, confirmedAt, 2 * DAY);
      const quantities = lines.map((line) => line.quantity);
      let shipmentsPlanned: number[][];
      if (status === 'partially_fulfilled') {
        shipmentsPlanned = [partOf(context, quantities)];
      } else if (
        (status === 'delivered' || status === 'closed') &&
        random.chance(0.15) &&
        canSplit(quantities)
      ) {
        const part = partOf(context, quantities);
        shipmentsPlanned = [part, quantities.map((quantity, line) => quantity - (part[line] ?? 0))];
      } else {
        shipmentsPlanned = [quantities];
      }
      let sentAt = shipAt;
      for (const [index, shipment] of shipmentsPlanned.entries()) {
        if (index > 0) sentAt = later(pace, sentAt, 3 * DAY);
        events.push({ kind: 'ship', at: sentAt, quantities: shipment });
        lastAt = Math.max(lastAt, sentAt);
        const arrives =
          status === 'delivered' ||
          status === 'closed' ||
          (status === 'partially_fulfilled' && random.chance(0.5));
        if (arrives) {
          const deliveredAt = later(pace, sentAt, 4 * DAY);
          events.push({ kind: 'deliver', at: deliveredAt, shipment: index });
          lastAt = Math.max(lastAt, deliveredAt);
        }
      }
    }
    if (paymentPlan === 'full_partial_refund') {
      lastAt = later(pace, lastAt, 5 * DAY);
      events.push({
        kind: 'refund',
        at: lastAt,
        amount: clampPart(divideRounded(total * BigInt(random.int(5, 20)), 100n), total),
      });
    }
    if (status === 'closed') {
      closedAt = later(pace, lastAt, 7 * DAY);
      events.push({ kind: 'close', at: closedAt });
    }
  }

  const replayed = replayOrder({ placedAt, total, quantities: lines.map((line) => line.quantity), events });
  if (replayed.status !== status) {
    throw new Error(`seed: order ${orderId} was planned ${status} but its events make it ${replayed.status}`);
  }
  let updatedAt = placedAt;
  let deliveredAt = 0;
  for (const event of events) {
    updatedAt = Math.max(updatedAt, event.at);
    if (event.kind === 'deliver') deliveredAt = Math.max(deliveredAt, event.at);
  }
  batch.orderRows.push({
    id: orderId,
    clientId: plan.firstId + client,
    totalAmount: formatCents(total),
    status,
    orderDate: placedAt,
    deliveryDate: replayed.fulfilmentStatus === 'delivered' ? deliveredAt : null,
    paymentStatus: replayed.paymentStatus,
    fulfilmentStatus: replayed.fulfilmentStatus,
    currency: 'USD',
    subtotal: formatCents(subtotal),
    discountTotal: formatCents(discountTotal),
    taxTotal: formatCents(taxTotal),
    amountPaid: formatCents(replayed.paid),
    amountRefunded: formatCents(replayed.refunded),
    dueDate: confirmedAt === null ? null : isoDay(confirmedAt + termsDays * DAY),
    ownerUserId: owner,
    confirmedAt,
    closedAt,
    cancelledAt,
    createdAt: placedAt,
    updatedAt,
  });

  const firstItemId = ids.item;
  lines.forEach((line, index) => {
    batch.itemRows.push({
      id: ids.item++,
      orderId,
      productId: products.firstId + line.product,
      productName: products.name[line.product] as string,
      sku: products.sku[line.product] as string,
      quantity: line.quantity,
      unitPrice: formatCents(line.unitPrice),
      discountPercent: line.discount.text,
      taxRate: taxRate.text,
      lineSubtotal: formatCents(line.amounts.subtotal),
      lineDiscount: formatCents(line.amounts.discount),
      lineTax: formatCents(line.amounts.tax),
      lineTotal: formatCents(line.amounts.total),
      quantityShipped: replayed.shipped[index] ?? 0,
      createdAt: placedAt,
      updatedAt,
    });
  });

  const method = random.weighted(paymentMethodWeights);
  let paymentNumber = 0;
  let shipmentNumber = 0;
  for (const event of events) {
    if (event.kind === 'payment' || event.kind === 'refund') {
      paymentNumber++;
      batch.paymentRows.push({
        orderId,
        kind: event.kind,
        amount: formatCents(event.amount),
        method,
        reference: `${event.kind === 'refund' ? 'RF' : method === 'card' ? 'CH' : 'TR'}-${orderId}-${paymentNumber}`,
        paidAt: event.at,
        createdBy: owner,
        createdAt: event.at,
        updatedAt: event.at,
      });
    } else if (event.kind === 'ship') {
      const shipmentId = ids.shipment++;
      const carrier = carriers[orderId % carriers.length] as (typeof carriers)[number];
      const delivered = events.find((other) => other.kind === 'deliver' && other.shipment === shipmentNumber);
      batch.shipmentRows.push({
        id: shipmentId,
        orderId,
        carrier: carrier.name,
        trackingNumber: `${carrier.trackingPrefix}${orderId.toString(36).toUpperCase().padStart(8, '0')}${shipmentNumber + 1}`,
        shippedAt: event.at,
        deliveredAt: delivered ? delivered.at : null,
        createdBy: owner,
        createdAt: event.at,
        updatedAt: delivered?.at ?? event.at,
      });
      event.quantities.forEach((quantity, line) => {
        if (quantity > 0)
          batch.shipmentItemRows.push({ shipmentId, orderItemId: firstItemId + line, quantity });
      });
      shipmentNumber++;
    }
  }

  if (showcase || ageDays <= STATUS_HISTORY_DAYS) {
    for (const change of replayed.history) {
      batch.historyRows.push({
        orderId,
        fromStatus: change.from,
        toStatus: change.to,
        reason:
          change.kind === 'cancel'
            ? random.pick(cancellationReasons)
            : change.kind === 'refund'
              ? 'Payment refunded in full'
              : null,
        changedBy: owner,
        changedAt: change.at,
      });
    }
  }
}

/** Some time after `from`: about `typical` later for an old order, sooner for a young one; never after the as-of moment. */
function later(
  pace: { random: SeedContext['random']; scale: number; latest: number },
  from: number,
  typical: number,
) {
  return Math.min(pace.latest, Math.floor(from + typical * pace.scale * pace.random.between(0.3, 1.7)));
}

/** How many of the list's products (oldest first) existed at the time. */
function countCreatedBy(list: ProductList, at: number): number {
  let low = 0;
  let high = list.createdAt.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list.createdAt[middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Some of the amount, at least a cent and less than all of it. */
function clampPart(part: Cents, whole: Cents): Cents {
  if (whole <= 1n) return whole;
  return part < 1n ? 1n : part >= whole ? whole - 1n : part;
}

const canSplit = (quantities: readonly number[]) => quantities.length > 1 || (quantities[0] ?? 0) > 1;

/** A first shipment that leaves something behind: the first lines in full, or part of a single line. */
function partOf(context: SeedContext, quantities: readonly number[]): number[] {
  if (quantities.length > 1) {
    const shippedLines = context.random.int(1, quantities.length - 1);
    return quantities.map((quantity, line) => (line < shippedLines ? quantity : 0));
  }
  return [context.random.int(1, (quantities[0] ?? 2) - 1)];
}
