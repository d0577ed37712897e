import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Executor } from '../../platform/db/database';
import { recordEvent, recordEvents } from '../../platform/events/domain-event';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { versionConflict } from '../../platform/http/etag';
import { formatCents, toCents } from '../../platform/money/money.util';
import { findClientProfile } from '../clients';
import { recordAudit } from '../identity';
import { stockLines } from './catalog-port';
import type { PaymentInput, ReturnInput, ShipmentInput } from './dto';
import {
  orderCancelled,
  orderClosed,
  orderDelivered,
  orderFulfilled,
  orderItemsReturned,
  orderPaid,
  orderRefunded,
  orderStatusChanged,
  paymentRecorded,
  paymentRefunded,
  shipmentCreated,
  shipmentDelivered,
} from './events';
import {
  findOrderItems,
  findShipments,
  findStatusChanges,
  insertPayment,
  insertShipment,
  insertStatusChange,
  markShipmentDelivered,
  type OrderChanges,
  type OrderItemRow,
  type OrderRow,
  repriceOrderItems,
  updateOrderItem,
  updateOrderRow,
} from './order.repository';
import {
  confirmationEvents,
  eventFacts,
  explanationOf,
  freshOrderDetail,
  loadOrderDetail,
  lockOrderForChange,
  type OrderServiceDeps,
  quotedPrice,
  totalTooLarge,
  writer,
} from './order.service';
import { applyRevenueChange } from './order-revenue-rollup';
import { computeOrderAmounts, fitsStorage, formatLineAmounts } from './order-totals.util';
import { auditSnapshot, dayOf } from './order-view.util';
import {
  actionAllowedFrom,
  assertTransition,
  deriveFulfilmentStatus,
  deriveOrderStatus,
  derivePaymentStatus,
  illegalTransition,
  lifecycleOf,
  type OrderAction,
  type OrderStatus,
  outstandingBalance,
} from './order-workflow.util';

// Clocks differ a little between a client and this server; anything further ahead is a mistake.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

type Step = {
  actor: AuditActor;
  before: OrderRow;
  changes: OrderChanges;
  action: OrderAction;
  reason?: string | null;
  /** Lines before and after, when the step changed them, for the audit entry. */
  items?: { before: OrderItemRow[]; after: OrderItemRow[] };
};

/**
 * Orders from confirmation on: each public function is one named, all-or-nothing step — the order row
 * locked first, stock moved through the catalogue, the status derived and checked against the state
 * machine, history, events and audit written in the same transaction.
 */
export function createOrderWorkflowService(deps: OrderServiceDeps) {
  const { db, clock, catalog } = deps;

  function requireAllowed(action: OrderAction, order: OrderRow, to: OrderStatus = order.status) {
    if (!actionAllowedFrom[action].includes(order.status)) throw illegalTransition(action, order.status, to);
  }

  /**
   * Writes the order's changes (and what they change in the revenue rollup: every write of a confirmed
   * order's row passes here), its status history and the audit entry; returns the new row.
   */
  async function commit(tx: Executor, step: Step): Promise<OrderRow> {
    const { actor, before } = step;
    const after = await updateOrderRow(tx, before.id, step.changes);
    if (!after) throw versionConflict('order');
    await applyRevenueChange(tx, before, after);
    const user = actor.user as AuthenticatedUser;
    if (after.status !== before.status) {
      await insertStatusChange(tx, {
        orderId: before.id,
        fromStatus: before.status,
        toStatus: after.status,
        reason: step.reason ?? null,
        changedBy: user.id,
        changedAt: clock(),
      });
      await recordEvent(tx, orderStatusChanged, {
        aggregateId: before.id,
        actor,
        payload: { from: before.status, to: after.status, reason: step.reason ?? null },
      });
    }
    await recordAudit(tx, actor, {
      action: step.action,
      resource: 'order',
      resourceId: before.id,
      before: auditSnapshot(before, step.items?.before),
      after: { ...auditSnapshot(after, step.items?.after), ...(step.reason ? { reason: step.reason } : {}) },
    });
    return after;
  }

  async function detail(tx: Executor, id: number, user: AuthenticatedUser) {
    const order = await loadOrderDetail(tx, id, user, dayOf(clock()));
    if (!order) throw new Error(`order ${id} vanished inside its own transaction`);
    return order;
  }

  function assertNotFuture(instant: Date, field: string) {
    if (instant.getTime() > clock().getTime() + FUTURE_TOLERANCE_MS) {
      throw new AppError('date_in_future', 400, `${field} cannot be in the future`, {
        errors: [{ parameter: `body.${field}`, message: 'must not be in the future' }],
      });
    }
  }

  /** Resolves requested order lines, refusing lines of other orders. */
  function requestedQuantities(
    items: OrderItemRow[],
    requested: { orderItemId: number; quantity: number }[],
  ) {
    const quantities = new Map<number, number>();
    requested.forEach((line, index) => {
      if (!items.some((item) => item.id === line.orderItemId)) {
        throw new AppError(
          'order_item_not_found',
          400,
          `Order item ${line.orderItemId} is not on this order`,
          {
            errors: [
              { parameter: `body.items.${index}.orderItemId`, message: 'must be a line of this order' },
            ],
          },
        );
      }
      quantities.set(line.orderItemId, (quantities.get(line.orderItemId) ?? 0) + line.quantity);
    });
    return quantities;
  }

  const productLines = (items: OrderItemRow[], quantities: Map<number, number>) =>
    stockLines(items.map((item) => ({ productId: item.productId, quantity: quantities.get(item.id) ?? 0 })));

  return {
    /**
     * Fixes every line's price with the price function at today's date and reserves the stock, together:
     * if any product is short, nothing is reserved and the order stays a draft.
     */
    async confirm(actor: AuditActor, id: number, note: string | undefined, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        requireAllowed('confirm', before, 'confirmed');
        const client = await findClientProfile(tx, before.clientId);
        if (client?.archivedAt) {
          throw new AppError(
            'client_archived',
            409,
            `${client.companyName} is archived and takes no new orders`,
          );
        }
        const items = await findOrderItems(tx, id);
        if (items.length === 0) throw new AppError('order_empty', 409, 'An order needs at least one line');
        const now = clock();
        const quote = await catalog.priceBasket(tx, {
          client: client ? { id: client.id, tier: client.tier } : null,
          date: now,
          lines: items.map((item) => ({ productId: item.productId, quantity: item.quantity })),
        });
        const priced = items.map((item, index) => ({
          item,
          unitPrice: quotedPrice(quote.lines, index),
          explanation: quote.lines[index]?.explanation,
        }));
        const amounts = computeOrderAmounts(
          priced.map(({ item, unitPrice }) => ({
            unitPrice,
            quantity: item.quantity,
            discountPercent: item.discountPercent,
            taxRate: item.taxRate,
          })),
        );
        if (!fitsStorage(amounts)) throw totalTooLarge();
        const paymentStatus = derivePaymentStatus({ total: amounts.total, paid: 0n, refunded: 0n });
        const to = deriveOrderStatus({ lifecycle: 'open', paymentStatus, fulfilmentStatus: 'unfulfilled' });
        assertTransition('confirm', before.status, to);

        await catalog.reserveStock(tx, { orderId: id, lines: stockLines(items), actor });
        const repriced = await repriceOrderItems(
          tx,
          priced.flatMap(({ item, unitPrice, explanation }, index) => {
            const line = amounts.lines[index];
            if (!line) return [];
            const priceExplanation = explanationOf(explanation, { pricedAt: now.toISOString() });
            return [{ id: item.id, unitPrice, ...formatLineAmounts(line), priceExplanation }];
          }),
        );
        if (repriced.length !== items.length) throw new Error(`order ${id} lost lines while being confirmed`);
        const after = await commit(tx, {
          actor,
          before,
          action: 'confirm',
          reason: note ?? null,
          items: { before: items, after: repriced },
          changes: {
            status: to,
            paymentStatus,
            fulfilmentStatus: 'unfulfilled',
            subtotal: formatCents(amounts.subtotal),
            discountTotal: formatCents(amounts.discount),
            taxTotal: formatCents(amounts.tax),
            totalAmount: formatCents(amounts.total),
            confirmedAt: now,
            // The order is placed when it is confirmed; a draft was only a quote.
            orderDate: now,
          },
        });
        await recordEvents(
          tx,
          confirmationEvents(
            actor,
            after,
            priced.map(({ item, unitPrice }) => ({
              productId: item.productId,
              quantity: item.quantity,
              unitPrice,
            })),
          ),
        );
        // Built from what was written (confirming changes neither the client nor the owner); only the
        // history is read back.
        const answer =
          client &&
          freshOrderDetail(
            {
              order: { ...after, ownerName: before.ownerName },
              clientName: client.companyName,
              items: repriced,
              history: await findStatusChanges(tx, id),
            },
            user,
            dayOf(clock()),
          );
        if (!answer) throw new Error(`order ${id} vanished inside its own transaction`);
        return answer;
      });
    },

    /** Cancels an order nothing of which has shipped, and releases the stock it reserved. */
    async cancel(actor: AuditActor, id: number, reason: string, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        const to = deriveOrderStatus({
          lifecycle: 'cancelled',
          paymentStatus: before.paymentStatus,
          fulfilmentStatus: before.fulfilmentStatus,
        });
        assertTransition('cancel', before.status, to);
        const items = await findOrderItems(tx, id);
        if (before.status !== 'draft') {
          const unshipped = items.map((item) => ({
            productId: item.productId,
            quantity: item.quantity - item.quantityShipped,
          }));
          const lines = stockLines(unshipped);
          if (lines.length > 0) await catalog.releaseStock(tx, { orderId: id, lines, actor });
        }
        const after = await commit(tx, {
          actor,
          before,
          action: 'cancel',
          reason,
          changes: { status: to, cancelledAt: clock() },
        });
        await recordEvent(tx, orderCancelled, {
          aggregateId: id,
          actor,
          payload: { ...eventFacts(after), reason, amountPaid: after.amountPaid },
        });
        return detail(tx, id, user);
      });
    },

    /**
     * Money in (a payment, never more than is owed) or out (a refund, never more than was paid and not yet
     * refunded). Both statuses follow from the new amounts.
     */
    async recordPayment(actor: AuditActor, id: number, input: PaymentInput, expectedVersion?: number) {
      const user = writer(actor);
      const isRefund = input.kind === 'refund';
      const action: OrderAction = isRefund ? 'record_refund' : 'record_payment';
      const paidAt = input.paidAt ?? clock();
      assertNotFuture(paidAt, 'paidAt');
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        const total = toCents(before.totalAmount);
        const paid = toCents(before.amountPaid);
        const refunded = toCents(before.amountRefunded);
        const amount = toCents(input.amount);
        const next = isRefund ? { paid, refunded: refunded + amount } : { paid: paid + amount, refunded };
        const paymentStatus = derivePaymentStatus({ total, ...next });
        const to = deriveOrderStatus({
          lifecycle: lifecycleOf(before),
          paymentStatus,
          fulfilmentStatus: before.fulfilmentStatus,
        });
        requireAllowed(action, before, to);
        if (!isRefund) {
          const owed = outstandingBalance({ status: before.status, total, paid });
          if (amount > owed) {
            throw new AppError(
              'overpayment',
              409,
              `The payment of ${input.amount} is more than the ${formatCents(owed)} still owed`,
              { outstandingBalance: formatCents(owed) },
            );
          }
        } else if (amount > paid - refunded) {
          throw new AppError(
            'refund_exceeds_paid',
            409,
            `The refund of ${input.amount} is more than the ${formatCents(paid - refunded)} paid and not yet refunded`,
            { refundable: formatCents(paid - refunded) },
          );
        }
        assertTransition(
          action,
          before.status,
          to,
          to === 'refunded'
            ? 'refunding everything reverses the sale; cancel an unshipped order first'
            : undefined,
        );
        const payment = await insertPayment(tx, {
          orderId: id,
          kind: input.kind,
          amount: input.amount,
          method: input.method,
          reference: input.reference ?? null,
          paidAt,
          createdBy: user.id,
        });
        const after = await commit(tx, {
          actor,
          before,
          action,
          reason: isRefund ? 'refund recorded' : 'payment recorded',
          changes: {
            status: to,
            paymentStatus,
            amountPaid: formatCents(next.paid),
            amountRefunded: formatCents(next.refunded),
          },
        });
        await recordEvent(tx, isRefund ? paymentRefunded : paymentRecorded, {
          aggregateId: id,
          actor,
          payload: {
            paymentId: payment.id,
            clientId: after.clientId,
            amount: payment.amount,
            method: payment.method,
            reference: payment.reference,
            paidAt: payment.paidAt.toISOString(),
            outstandingBalance: formatCents(
              outstandingBalance({ status: after.status, total, paid: toCents(after.amountPaid) }),
            ),
          },
        });
        if (paymentStatus === 'paid' && before.paymentStatus !== 'paid') {
          await recordEvent(tx, orderPaid, {
            aggregateId: id,
            actor,
            payload: { ...eventFacts(after), amountPaid: after.amountPaid },
          });
        }
        if (after.status === 'refunded' && before.status !== 'refunded') {
          await recordEvent(tx, orderRefunded, {
            aggregateId: id,
            actor,
            payload: { ...eventFacts(after), amountRefunded: after.amountRefunded },
          });
        }
        return detail(tx, id, user);
      });
    },

    /** Ships some lines (or everything not shipped yet), taking the goods out of stock. */
    async createShipment(actor: AuditActor, id: number, input: ShipmentInput, expectedVersion?: number) {
      const user = writer(actor);
      const shippedAt = input.shippedAt ?? clock();
      assertNotFuture(shippedAt, 'shippedAt');
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        requireAllowed('ship', before);
        const items = await findOrderItems(tx, id);
        const quantities = input.items
          ? requestedQuantities(items, input.items)
          : new Map(
              items
                .filter((item) => item.quantityShipped < item.quantity)
                .map((item) => [item.id, item.quantity - item.quantityShipped]),
            );
        if (quantities.size === 0)
          throw new AppError('nothing_to_ship', 409, 'Every line has shipped already');
        for (const item of items) {
          const quantity = quantities.get(item.id) ?? 0;
          const remaining = item.quantity - item.quantityShipped;
          if (quantity > remaining) {
            throw new AppError(
              'shipment_exceeds_order',
              409,
              `Only ${remaining} of ${item.productName} remain to ship, not ${quantity}`,
              { orderItemId: item.id, remaining },
            );
          }
        }
        const shipped = items.map((item) => ({
          ...item,
          quantityShipped: item.quantityShipped + (quantities.get(item.id) ?? 0),
        }));
        const fulfilmentStatus = deriveFulfilmentStatus(shipped, false);
        const to = deriveOrderStatus({
          lifecycle: lifecycleOf(before),
          paymentStatus: before.paymentStatus,
          fulfilmentStatus,
        });
        assertTransition('ship', before.status, to);

        const lines = productLines(items, quantities);
        await catalog.shipStock(tx, { orderId: id, lines, actor });
        const shipment = await insertShipment(
          tx,
          {
            orderId: id,
            carrier: input.carrier ?? null,
            trackingNumber: input.trackingNumber ?? null,
            shippedAt,
            createdBy: user.id,
          },
          [...quantities].map(([orderItemId, quantity]) => ({ orderItemId, quantity })),
        );
        for (const item of shipped) {
          if (quantities.has(item.id)) {
            await updateOrderItem(tx, item.id, { quantityShipped: item.quantityShipped });
          }
        }
        const after = await commit(tx, {
          actor,
          before,
          action: 'ship',
          reason: `shipment ${shipment.id}`,
          items: { before: items, after: shipped },
          changes: { status: to, fulfilmentStatus },
        });
        await recordEvent(tx, shipmentCreated, {
          aggregateId: id,
          actor,
          payload: {
            shipmentId: shipment.id,
            clientId: after.clientId,
            carrier: shipment.carrier,
            trackingNumber: shipment.trackingNumber,
            lines,
          },
        });
        if (fulfilmentStatus === 'fulfilled') {
          await recordEvent(tx, orderFulfilled, { aggregateId: id, actor, payload: eventFacts(after) });
        }
        return detail(tx, id, user);
      });
    },

    /** Records that a shipment arrived; the order is delivered when everything has shipped and arrived. */
    async markShipmentDelivered(
      actor: AuditActor,
      id: number,
      shipmentId: number,
      deliveredAtInput: Date | undefined,
      expectedVersion?: number,
    ) {
      const user = writer(actor);
      const deliveredAt = deliveredAtInput ?? clock();
      assertNotFuture(deliveredAt, 'deliveredAt');
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        const shipments = await findShipments(tx, id);
        const shipment = shipments.find((candidate) => candidate.id === shipmentId);
        if (!shipment) {
          throw new AppError('shipment_not_found', 404, `Shipment ${shipmentId} is not part of order ${id}`);
        }
        requireAllowed('deliver', before, 'delivered');
        if (shipment.deliveredAt) {
          throw new AppError(
            'shipment_already_delivered',
            409,
            `Shipment ${shipmentId} was delivered already`,
          );
        }
        if (deliveredAt < shipment.shippedAt) {
          throw new AppError('delivered_before_shipped', 400, 'A shipment cannot arrive before it left', {
            errors: [{ parameter: 'body.deliveredAt', message: 'must not be before shippedAt' }],
          });
        }
        const arrivals = shipments.map((candidate) =>
          candidate.id === shipmentId ? deliveredAt : candidate.deliveredAt,
        );
        const items = await findOrderItems(tx, id);
        const fulfilmentStatus = deriveFulfilmentStatus(
          items,
          arrivals.every((arrival) => arrival !== null),
        );
        const to = deriveOrderStatus({
          lifecycle: lifecycleOf(before),
          paymentStatus: before.paymentStatus,
          fulfilmentStatus,
        });
        assertTransition('deliver', before.status, to);
        await markShipmentDelivered(tx, shipmentId, deliveredAt);
        const lastArrival = new Date(Math.max(...arrivals.map((arrival) => arrival?.getTime() ?? 0)));
        const after = await commit(tx, {
          actor,
          before,
          action: 'deliver',
          reason: `shipment ${shipmentId} delivered`,
          changes: {
            status: to,
            fulfilmentStatus,
            ...(fulfilmentStatus === 'delivered' ? { deliveryDate: lastArrival } : {}),
          },
        });
        await recordEvent(tx, shipmentDelivered, {
          aggregateId: id,
          actor,
          payload: { shipmentId, clientId: after.clientId, deliveredAt: deliveredAt.toISOString() },
        });
        if (fulfilmentStatus === 'delivered') {
          await recordEvent(tx, orderDelivered, {
            aggregateId: id,
            actor,
            payload: { ...eventFacts(after), deliveredAt: lastArrival.toISOString() },
          });
        }
        return detail(tx, id, user);
      });
    },

    /**
     * Takes shipped goods back into stock. The status does not move: money goes back only through a
     * refund, which is a separate decision.
     */
    async returnItems(actor: AuditActor, id: number, input: ReturnInput, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        requireAllowed('return_items', before);
        const items = await findOrderItems(tx, id);
        const quantities = requestedQuantities(items, input.items);
        for (const item of items) {
          const quantity = quantities.get(item.id) ?? 0;
          const returnable = item.quantityShipped - item.quantityReturned;
          if (quantity > returnable) {
            throw new AppError(
              'return_exceeds_shipped',
              409,
              `Only ${returnable} of ${item.productName} can come back, not ${quantity}`,
              { orderItemId: item.id, returnable },
            );
          }
        }
        const lines = productLines(items, quantities);
        await catalog.returnStock(tx, { orderId: id, lines, actor });
        const returned = items.map((item) => ({
          ...item,
          quantityReturned: item.quantityReturned + (quantities.get(item.id) ?? 0),
        }));
        for (const item of returned) {
          if (quantities.has(item.id)) {
            await updateOrderItem(tx, item.id, { quantityReturned: item.quantityReturned });
          }
        }
        const after = await commit(tx, {
          actor,
          before,
          action: 'return_items',
          reason: input.reason,
          items: { before: items, after: returned },
          changes: {},
        });
        await recordEvent(tx, orderItemsReturned, {
          aggregateId: id,
          actor,
          payload: { clientId: after.clientId, reason: input.reason, lines },
        });
        return detail(tx, id, user);
      });
    },

    /** Closes a delivered order once nothing is owed, or a refunded one. Closed orders take no more changes. */
    async close(actor: AuditActor, id: number, note: string | undefined, expectedVersion?: number) {
      const user = writer(actor);
      return db.transaction(async (tx) => {
        const before = await lockOrderForChange(tx, id, user, expectedVersion);
        assertTransition('close', before.status, 'closed');
        const owed = outstandingBalance({
          status: before.status,
          total: toCents(before.totalAmount),
          paid: toCents(before.amountPaid),
        });
        if (owed > 0n) {
          throw new AppError(
            'balance_outstanding',
            409,
            `${formatCents(owed)} is still owed; record the payment before closing`,
            { outstandingBalance: formatCents(owed) },
          );
        }
        const after = await commit(tx, {
          actor,
          before,
          action: 'close',
          reason: note ?? null,
          changes: { status: 'closed', closedAt: clock() },
        });
        await recordEvent(tx, orderClosed, {
          aggregateId: id,
          actor,
          payload: {
            ...eventFacts(after),
            amountPaid: after.amountPaid,
            amountRefunded: after.amountRefunded,
          },
        });
        return detail(tx, id, user);
      });
    },
  };
}
