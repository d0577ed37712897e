import { AppError } from '../../platform/http/errors';
import type { Cents } from '../../platform/money/money.util';
import type { fulfilmentStatuses, orderStatuses, paymentStatuses } from './schema';

/**
 * The order state machine, as pure functions. An order's status is never set by hand: it is derived from
 * three facts kept on the order — where it is in its life (draft, open, cancelled, closed), the payment
 * side (how much was paid and refunded against the total) and the fulfilment side (how much was shipped
 * and delivered) — and every change of it must be an edge of `legalTransitions`.
 *
 *   draft → confirmed → partially_paid → paid ──┐        (payments)
 *             └───────────┴────────────────┴────┴→ partially_fulfilled → fulfilled → delivered → closed
 *   draft, confirmed, partially_paid, paid → cancelled   (only before anything has shipped)
 *   cancelled, fulfilled, delivered → refunded → closed  (every paid cent returned)
 */
export type OrderStatus = (typeof orderStatuses)[number];
export type PaymentStatus = (typeof paymentStatuses)[number];
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];
export type Lifecycle = 'draft' | 'open' | 'cancelled' | 'closed';

export const orderActions = [
  'edit',
  'delete',
  'confirm',
  'cancel',
  'record_payment',
  'record_refund',
  'ship',
  'deliver',
  'return_items',
  'close',
] as const;
export type OrderAction = (typeof orderActions)[number];

/** Every status change the workflow allows; anything else is refused with `illegal_transition`. */
export const legalTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  // A zero-total order is paid the moment it is confirmed.
  draft: ['confirmed', 'paid', 'cancelled'],
  confirmed: ['partially_paid', 'paid', 'partially_fulfilled', 'fulfilled', 'cancelled'],
  partially_paid: ['paid', 'partially_fulfilled', 'fulfilled', 'cancelled'],
  paid: ['partially_fulfilled', 'fulfilled', 'cancelled'],
  partially_fulfilled: ['fulfilled'],
  fulfilled: ['delivered', 'refunded'],
  delivered: ['closed', 'refunded'],
  cancelled: ['refunded'],
  refunded: ['closed'],
  closed: [],
};

/** The statuses an action may start from (it must also lead along a legal edge, or stay put). */
export const actionAllowedFrom: Record<OrderAction, readonly OrderStatus[]> = {
  edit: ['draft'],
  delete: ['draft'],
  confirm: ['draft'],
  cancel: ['draft', 'confirmed', 'partially_paid', 'paid'],
  // From `paid` too, so a payment there is refused as an overpayment, which says more than a status would.
  record_payment: ['confirmed', 'partially_paid', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered'],
  record_refund: [
    'confirmed',
    'partially_paid',
    'paid',
    'partially_fulfilled',
    'fulfilled',
    'delivered',
    'cancelled',
  ],
  ship: ['confirmed', 'partially_paid', 'paid', 'partially_fulfilled'],
  deliver: ['partially_fulfilled', 'fulfilled'],
  return_items: ['partially_fulfilled', 'fulfilled', 'delivered'],
  close: ['delivered', 'refunded'],
};

/** Statuses in which the client owes the outstanding balance (drafts owe nothing yet; the rest are settled). */
export const receivableStatuses = [
  'confirmed',
  'partially_paid',
  'paid',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
] as const satisfies readonly OrderStatus[];

export function isLegalTransition(from: OrderStatus, to: OrderStatus): boolean {
  return from === to || legalTransitions[from].includes(to);
}

export function illegalTransition(action: OrderAction, from: OrderStatus, to: OrderStatus, hint?: string) {
  const move = from === to ? `in status ${from}` : `from ${from} to ${to}`;
  return new AppError(
    'illegal_transition',
    409,
    `Cannot ${action.replaceAll('_', ' ')} an order ${move}${hint ? `: ${hint}` : ''}`,
    { from, to, action },
  );
}

/** Throws `illegal_transition` unless the action may start from `from` and `from → to` is an edge. */
export function assertTransition(action: OrderAction, from: OrderStatus, to: OrderStatus, hint?: string) {
  if (!actionAllowedFrom[action].includes(from) || !isLegalTransition(from, to)) {
    throw illegalTransition(action, from, to, hint);
  }
}

/**
 * The actions open to the order now, for a user interface to offer: those its status admits, less the
 * money moves its balances rule out (a payment with nothing owed, a refund with nothing paid, closing while
 * money is owed).
 */
export function availableActions(
  status: OrderStatus,
  balances: { owed: Cents; refundable: Cents } = { owed: 1n, refundable: 1n },
): OrderAction[] {
  return orderActions.filter((action) => {
    if (!actionAllowedFrom[action].includes(status)) return false;
    if (action === 'record_payment') return balances.owed > 0n;
    if (action === 'record_refund') return balances.refundable > 0n;
    if (action === 'close') return balances.owed === 0n;
    return true;
  });
}

/**
 * The payment side. Refunds give money back without reopening a debt: the amount still owed is the total
 * less what was ever paid, and a refund lowers what the order is worth to the business instead.
 */
export function derivePaymentStatus(money: { total: Cents; paid: Cents; refunded: Cents }): PaymentStatus {
  const { total, paid, refunded } = money;
  if (paid > 0n && refunded === paid) return 'refunded';
  if (paid >= total) return refunded > 0n ? 'partially_refunded' : 'paid';
  return paid > 0n ? 'partially_paid' : 'unpaid';
}

/** Amount the client still owes: nothing on drafts and settled orders. */
export function outstandingBalance(order: { status: OrderStatus; total: Cents; paid: Cents }): Cents {
  if (!(receivableStatuses as readonly OrderStatus[]).includes(order.status)) return 0n;
  return order.total > order.paid ? order.total - order.paid : 0n;
}

/** Overdue: something is owed and the due date (a calendar day, YYYY-MM-DD) is before today. */
export function isOverdue(
  order: { status: OrderStatus; total: Cents; paid: Cents; dueDate: string | null },
  today: string,
): boolean {
  return order.dueDate !== null && order.dueDate < today && outstandingBalance(order) > 0n;
}

/** The fulfilment side, from each line's shipped quantity and whether every shipment has arrived. */
export function deriveFulfilmentStatus(
  lines: readonly { quantity: number; quantityShipped: number }[],
  allShipmentsDelivered: boolean,
): FulfilmentStatus {
  const shipped = lines.reduce((sum, line) => sum + line.quantityShipped, 0);
  if (shipped === 0) return 'unfulfilled';
  if (lines.some((line) => line.quantityShipped < line.quantity)) return 'partially_fulfilled';
  return allShipmentsDelivered ? 'delivered' : 'fulfilled';
}

/**
 * The one status shown for an order. Money returned in full reverses the sale (`refunded`), whatever else
 * happened; otherwise the fulfilment side, once goods have moved, speaks louder than the payment side.
 */
export function deriveOrderStatus(state: {
  lifecycle: Lifecycle;
  paymentStatus: PaymentStatus;
  fulfilmentStatus: FulfilmentStatus;
}): OrderStatus {
  const { lifecycle, paymentStatus, fulfilmentStatus } = state;
  if (lifecycle === 'draft') return 'draft';
  if (lifecycle === 'closed') return 'closed';
  if (paymentStatus === 'refunded') return 'refunded';
  if (lifecycle === 'cancelled') return 'cancelled';
  if (fulfilmentStatus !== 'unfulfilled') return fulfilmentStatus;
  if (paymentStatus === 'paid' || paymentStatus === 'partially_refunded') return 'paid';
  if (paymentStatus === 'partially_paid') return 'partially_paid';
  return 'confirmed';
}

/**
 * Where an order is in its life, read from its stored status (so rows written before the workflow existed
 * read correctly too); a refunded order is cancelled if it was cancelled before its money went back.
 */
export function lifecycleOf(order: { status: OrderStatus; cancelledAt: Date | null }): Lifecycle {
  switch (order.status) {
    case 'draft':
    case 'closed':
    case 'cancelled':
      return order.status;
    case 'refunded':
      return order.cancelledAt ? 'cancelled' : 'open';
    default:
      return 'open';
  }
}
