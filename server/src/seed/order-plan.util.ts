import type { fulfilmentStatuses, orderStatuses, paymentStatuses } from '../modules/orders/schema';
import { type Cents, divideRounded } from '../platform/money/money.util';
import type { Random } from './seed-random.util';

export type OrderStatus = (typeof orderStatuses)[number];
export type PaymentStatus = (typeof paymentStatuses)[number];
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];

/** How an order is paid: nothing yet, part of it, all of it (in one or two payments), all and then some or all back. */
export type PaymentPlan = 'none' | 'partial' | 'full' | 'full_in_two' | 'full_partial_refund' | 'full_refund';

type Weights<T> = readonly (readonly [T, number])[];

// Where orders of an age have got to: a day-old order is still a draft or waiting for payment, one from
// last year was delivered and closed long ago, or cancelled.
const outcomesByAge: readonly { upToDays: number; weights: Weights<OrderStatus> }[] = [
  {
    upToDays: 1,
    weights: [
      ['draft', 35],
      ['confirmed', 40],
      ['paid', 20],
      ['cancelled', 5],
    ],
  },
  {
    upToDays: 7,
    weights: [
      ['draft', 10],
      ['confirmed', 20],
      ['partially_paid', 8],
      ['paid', 25],
      ['partially_fulfilled', 12],
      ['fulfilled', 20],
      ['cancelled', 5],
    ],
  },
  {
    upToDays: 30,
    weights: [
      ['draft', 3],
      ['confirmed', 5],
      ['partially_paid', 4],
      ['paid', 8],
      ['partially_fulfilled', 8],
      ['fulfilled', 15],
      ['delivered', 45],
      ['closed', 5],
      ['cancelled', 5],
      ['refunded', 2],
    ],
  },
  {
    upToDays: 90,
    weights: [
      ['draft', 1],
      ['confirmed', 1],
      ['partially_paid', 1],
      ['paid', 1],
      ['partially_fulfilled', 1],
      ['fulfilled', 2],
      ['delivered', 40],
      ['closed', 45],
      ['cancelled', 6],
      ['refunded', 2],
    ],
  },
  {
    upToDays: Number.POSITIVE_INFINITY,
    weights: [
      ['draft', 0.5],
      ['delivered', 6],
      ['closed', 85],
      ['cancelled', 6.5],
      ['refunded', 2],
    ],
  },
];

const paymentPlans: Record<OrderStatus, Weights<PaymentPlan>> = {
  draft: [['none', 1]],
  confirmed: [['none', 1]],
  cancelled: [['none', 1]],
  partially_paid: [['partial', 1]],
  paid: [
    ['full', 8],
    ['full_in_two', 2],
  ],
  // Goods may go out before the money comes in.
  partially_fulfilled: [
    ['full', 55],
    ['full_in_two', 5],
    ['partial', 15],
    ['none', 25],
  ],
  fulfilled: [
    ['full', 55],
    ['full_in_two', 5],
    ['partial', 15],
    ['none', 25],
  ],
  delivered: [
    ['full', 80],
    ['full_in_two', 5],
    ['partial', 5],
    ['none', 10],
  ],
  closed: [
    ['full', 90],
    ['full_in_two', 8],
    ['full_partial_refund', 2],
  ],
  refunded: [['full_refund', 1]],
};

/** The status an order of this age has reached. */
export function pickOutcome(ageDays: number, random: Random): OrderStatus {
  const bucket = outcomesByAge.find((candidate) => ageDays <= candidate.upToDays) ?? outcomesByAge[0];
  return random.weighted(bucket?.weights ?? []);
}

export function pickPaymentPlan(status: OrderStatus, random: Random): PaymentPlan {
  return random.weighted(paymentPlans[status]);
}

/** Statuses whose unshipped quantities are held for the order (confirmed, not yet fulfilled). */
export const reservingStatuses = ['confirmed', 'partially_paid', 'paid', 'partially_fulfilled'] as const;

/** A rate parsed once: a percentage with two places ("12.50") or a fraction with four ("0.0825"). */
export type Rate = { text: string; scaled: bigint; denominator: bigint };

export function parseRate(text: string, kind: 'percent' | 'fraction'): Rate {
  const places = kind === 'percent' ? 2 : 4;
  const match = new RegExp(`^(\\d+)\\.(\\d{${places}})$`).exec(text);
  if (!match) throw new RangeError(`${text} is not a ${kind} with ${places} decimal places`);
  const denominator = 10n ** BigInt(places) * (kind === 'percent' ? 100n : 1n);
  return { text, scaled: BigInt(`${match[1]}${match[2]}`), denominator };
}

export type LineAmounts = { subtotal: Cents; discount: Cents; tax: Cents; total: Cents };

/**
 * A line's money, exact to the cent, the way orders compute it: subtotal = unit price × quantity; discount
 * = round(subtotal × discount%); tax = round((subtotal − discount) × tax rate); total = subtotal −
 * discount + tax. Rounding is half away from zero (the money utility's `divideRounded`).
 */
export function lineAmounts(line: {
  unitPrice: Cents;
  quantity: number;
  discount: Rate;
  taxRate: Rate;
}): LineAmounts {
  const subtotal = line.unitPrice * BigInt(line.quantity);
  const discount = divideRounded(subtotal * line.discount.scaled, line.discount.denominator);
  const tax = divideRounded((subtotal - discount) * line.taxRate.scaled, line.taxRate.denominator);
  return { subtotal, discount, tax, total: subtotal - discount + tax };
}

/** Something that happened to an order, at a time (epoch ms). */
export type OrderEvent =
  | { kind: 'confirm' | 'cancel' | 'close'; at: number }
  | { kind: 'payment' | 'refund'; at: number; amount: Cents }
  /** Quantities shipped per line, in line order. */
  | { kind: 'ship'; at: number; quantities: readonly number[] }
  /** The shipment (its index among the order's ship events) arrived. */
  | { kind: 'deliver'; at: number; shipment: number };

export type StatusChange = {
  from: OrderStatus | null;
  to: OrderStatus;
  at: number;
  kind: OrderEvent['kind'] | 'create';
};

export type ReplayedOrder = {
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfilmentStatus: FulfilmentStatus;
  paid: Cents;
  refunded: Cents;
  shipped: number[];
  history: StatusChange[];
};

type ReplayState = {
  lifecycle: 'draft' | 'open' | 'cancelled' | 'closed';
  total: Cents;
  paid: Cents;
  refunded: Cents;
  quantities: readonly number[];
  shipped: number[];
  delivered: boolean[];
};

function paymentStatusOf(state: ReplayState): PaymentStatus {
  const { paid, refunded } = state;
  if (paid > 0n && refunded === paid) return 'refunded';
  if (paid >= state.total) return refunded > 0n ? 'partially_refunded' : 'paid';
  return paid > 0n ? 'partially_paid' : 'unpaid';
}

function fulfilmentStatusOf(state: ReplayState): FulfilmentStatus {
  let anyShipped = false;
  let allShipped = true;
  for (let line = 0; line < state.shipped.length; line++) {
    const shipped = state.shipped[line] as number;
    if (shipped > 0) anyShipped = true;
    if (shipped < (state.quantities[line] as number)) allShipped = false;
  }
  if (!anyShipped) return 'unfulfilled';
  if (!allShipped) return 'partially_fulfilled';
  return state.delivered.includes(false) ? 'fulfilled' : 'delivered';
}

/** Money returned in full reverses the sale; otherwise goods that moved speak louder than money received. */
function statusOf(state: ReplayState): OrderStatus {
  if (state.lifecycle === 'draft' || state.lifecycle === 'closed') return state.lifecycle;
  const payment = paymentStatusOf(state);
  if (payment === 'refunded') return 'refunded';
  if (state.lifecycle === 'cancelled') return 'cancelled';
  const fulfilment = fulfilmentStatusOf(state);
  if (fulfilment !== 'unfulfilled') return fulfilment;
  if (payment === 'paid' || payment === 'partially_refunded') return 'paid';
  return payment === 'partially_paid' ? 'partially_paid' : 'confirmed';
}

const byTime = (a: OrderEvent, b: OrderEvent) => a.at - b.at;

/**
 * Plays an order's events in time order and derives its status after each, as the order workflow does.
 * The history lists each change of status, so it follows the workflow's edges by construction.
 */
export function replayOrder(order: {
  placedAt: number;
  total: Cents;
  quantities: readonly number[];
  events: readonly OrderEvent[];
}): ReplayedOrder {
  const state: ReplayState = {
    lifecycle: 'draft',
    total: order.total,
    paid: 0n,
    refunded: 0n,
    quantities: order.quantities,
    shipped: new Array<number>(order.quantities.length).fill(0),
    delivered: [],
  };
  const history: StatusChange[] = [{ from: null, to: 'draft', at: order.placedAt, kind: 'create' }];
  let current: OrderStatus = 'draft';
  for (const event of [...order.events].sort(byTime)) {
    switch (event.kind) {
      case 'confirm':
        state.lifecycle = 'open';
        break;
      case 'cancel':
        state.lifecycle = 'cancelled';
        break;
      case 'close':
        state.lifecycle = 'closed';
        break;
      case 'payment':
        state.paid += event.amount;
        break;
      case 'refund':
        state.refunded += event.amount;
        break;
      case 'ship':
        for (let line = 0; line < event.quantities.length; line++) {
          state.shipped[line] = (state.shipped[line] ?? 0) + (event.quantities[line] as number);
        }
        state.delivered.push(false);
        break;
      case 'deliver':
        state.delivered[event.shipment] = true;
        break;
    }
    const next = statusOf(state);
    if (next !== current) {
      history.push({ from: current, to: next, at: event.at, kind: event.kind });
      current = next;
    }
  }
  return {
    status: current,
    paymentStatus: paymentStatusOf(state),
    fulfilmentStatus: fulfilmentStatusOf(state),
    paid: state.paid,
    refunded: state.refunded,
    shipped: state.shipped,
    history,
  };
}

/**
 * The orders of the showcase client (the first one, whose account the demo customer signs in to): one in
 * every state the portal can show, with payments, refunds, shipments and one overdue invoice.
 */
export const showcaseOrders: readonly { daysAgo: number; status: OrderStatus; payment: PaymentPlan }[] = [
  { daysAgo: 420, status: 'closed', payment: 'full' },
  { daysAgo: 300, status: 'closed', payment: 'full_partial_refund' },
  { daysAgo: 210, status: 'closed', payment: 'full_in_two' },
  { daysAgo: 160, status: 'refunded', payment: 'full_refund' },
  { daysAgo: 95, status: 'delivered', payment: 'full' },
  { daysAgo: 70, status: 'delivered', payment: 'none' },
  { daysAgo: 40, status: 'cancelled', payment: 'none' },
  { daysAgo: 12, status: 'fulfilled', payment: 'partial' },
  { daysAgo: 8, status: 'partially_fulfilled', payment: 'full' },
  { daysAgo: 5, status: 'paid', payment: 'full' },
  { daysAgo: 3, status: 'partially_paid', payment: 'partial' },
  { daysAgo: 2, status: 'confirmed', payment: 'none' },
  { daysAgo: 1, status: 'draft', payment: 'none' },
];
