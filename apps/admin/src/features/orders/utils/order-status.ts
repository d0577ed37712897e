import type { EnumStyles } from '../../listing/utils/enum-style';
import type { FulfilmentStatus, OrderStatus, PaymentStatus } from '../api/order-types';

export const orderStatusStyles: EnumStyles<OrderStatus> = {
  draft: { label: 'orders.status.draft', color: 'gray' },
  confirmed: { label: 'orders.status.confirmed', color: 'blue' },
  partially_paid: { label: 'orders.status.partially_paid', color: 'yellow' },
  paid: { label: 'orders.status.paid', color: 'teal' },
  partially_fulfilled: { label: 'orders.status.partially_fulfilled', color: 'indigo' },
  fulfilled: { label: 'orders.status.fulfilled', color: 'violet' },
  delivered: { label: 'orders.status.delivered', color: 'green' },
  closed: { label: 'orders.status.closed', color: 'gray' },
  cancelled: { label: 'orders.status.cancelled', color: 'red' },
  refunded: { label: 'orders.status.refunded', color: 'orange' },
};

export const paymentStatusStyles: EnumStyles<PaymentStatus> = {
  unpaid: { label: 'orders.payment.unpaid', color: 'gray' },
  partially_paid: { label: 'orders.payment.partially_paid', color: 'yellow' },
  paid: { label: 'orders.payment.paid', color: 'teal' },
  partially_refunded: { label: 'orders.payment.partially_refunded', color: 'orange' },
  refunded: { label: 'orders.payment.refunded', color: 'red' },
};

export const fulfilmentStatusStyles: EnumStyles<FulfilmentStatus> = {
  unfulfilled: { label: 'orders.fulfilment.unfulfilled', color: 'gray' },
  partially_fulfilled: { label: 'orders.fulfilment.partially_fulfilled', color: 'indigo' },
  fulfilled: { label: 'orders.fulfilment.fulfilled', color: 'violet' },
  delivered: { label: 'orders.fulfilment.delivered', color: 'green' },
};
