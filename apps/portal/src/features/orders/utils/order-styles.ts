import type { MantineColor } from '@mantine/core';
import type { Order } from '@smartcrm/api-client';
import type { MessageKey } from '../../../i18n/messages-en';

type Styles<Value extends string> = Record<Value, { label: MessageKey; color: MantineColor }>;

export const paymentStatusStyles: Styles<Order['paymentStatus']> = {
  unpaid: { label: 'order.payment.unpaid', color: 'gray' },
  partially_paid: { label: 'order.payment.partially_paid', color: 'yellow' },
  paid: { label: 'order.payment.paid', color: 'teal' },
  partially_refunded: { label: 'order.payment.partially_refunded', color: 'orange' },
  refunded: { label: 'order.payment.refunded', color: 'red' },
};

export const fulfilmentStatusStyles: Styles<Order['fulfilmentStatus']> = {
  unfulfilled: { label: 'order.fulfilment.unfulfilled', color: 'gray' },
  partially_fulfilled: { label: 'order.fulfilment.partially_fulfilled', color: 'indigo' },
  fulfilled: { label: 'order.fulfilment.fulfilled', color: 'violet' },
  delivered: { label: 'order.fulfilment.delivered', color: 'green' },
};

export const paymentMethodLabels: Record<Order['payments'][number]['method'], MessageKey> = {
  bank_transfer: 'order.method.bank_transfer',
  card: 'order.method.card',
  cash: 'order.method.cash',
  check: 'order.method.check',
  other: 'order.method.other',
};
