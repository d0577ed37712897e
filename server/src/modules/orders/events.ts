import { z } from 'zod';
import { defineEvent } from '../../platform/events/domain-event';
import { orderStatuses, paymentMethods } from './schema';

const amount = z.string().describe('Decimal amount, e.g. "12.50"');
const status = z.enum(orderStatuses);

const orderFacts = {
  clientId: z.number().int(),
  ownerUserId: z.number().int().nullable(),
  currency: z.string(),
  totalAmount: amount,
};

export const orderCreated = defineEvent({
  type: 'order.created',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, itemCount: z.number().int() }),
});

export const orderUpdated = defineEvent({
  type: 'order.updated',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, changedFields: z.array(z.string()) }),
});

export const orderDeleted = defineEvent({
  type: 'order.deleted',
  aggregateType: 'order',
  payload: z.object({ clientId: z.number().int() }),
});

/** Every status change, whatever caused it; the specific events below say what happened. */
export const orderStatusChanged = defineEvent({
  type: 'order.status_changed',
  aggregateType: 'order',
  payload: z.object({ from: status, to: status, reason: z.string().nullable() }),
});

export const orderConfirmed = defineEvent({
  type: 'order.confirmed',
  aggregateType: 'order',
  payload: z.object({
    ...orderFacts,
    dueDate: z.string().nullable(),
    lines: z.array(z.object({ productId: z.number().int(), quantity: z.number().int(), unitPrice: amount })),
  }),
});

export const orderCancelled = defineEvent({
  type: 'order.cancelled',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, reason: z.string(), amountPaid: amount }),
});

/** The order is paid in full. */
export const orderPaid = defineEvent({
  type: 'order.paid',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, amountPaid: amount }),
});

/** Every paid cent has gone back to the client. */
export const orderRefunded = defineEvent({
  type: 'order.refunded',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, amountRefunded: amount }),
});

const paymentFacts = {
  paymentId: z.number().int(),
  clientId: z.number().int(),
  amount,
  method: z.enum(paymentMethods),
  reference: z.string().nullable(),
  paidAt: z.string(),
  outstandingBalance: amount,
};

export const paymentRecorded = defineEvent({
  type: 'payment.recorded',
  aggregateType: 'order',
  payload: z.object(paymentFacts),
});

export const paymentRefunded = defineEvent({
  type: 'payment.refunded',
  aggregateType: 'order',
  payload: z.object(paymentFacts),
});

const shippedLines = z.array(z.object({ productId: z.number().int(), quantity: z.number().int() }));

export const shipmentCreated = defineEvent({
  type: 'shipment.created',
  aggregateType: 'order',
  payload: z.object({
    shipmentId: z.number().int(),
    clientId: z.number().int(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    lines: shippedLines,
  }),
});

export const shipmentDelivered = defineEvent({
  type: 'shipment.delivered',
  aggregateType: 'order',
  payload: z.object({ shipmentId: z.number().int(), clientId: z.number().int(), deliveredAt: z.string() }),
});

export const orderFulfilled = defineEvent({
  type: 'order.fulfilled',
  aggregateType: 'order',
  payload: z.object(orderFacts),
});

export const orderDelivered = defineEvent({
  type: 'order.delivered',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, deliveredAt: z.string() }),
});

export const orderItemsReturned = defineEvent({
  type: 'order.items_returned',
  aggregateType: 'order',
  payload: z.object({ clientId: z.number().int(), reason: z.string(), lines: shippedLines }),
});

export const orderClosed = defineEvent({
  type: 'order.closed',
  aggregateType: 'order',
  payload: z.object({ ...orderFacts, amountPaid: amount, amountRefunded: amount }),
});
