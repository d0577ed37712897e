import type { MantineColor } from '@mantine/core';
import type { Order, Ticket } from '@smartcrm/api-client';
import type { MessageKey } from '../../../i18n/messages-en';

type StatusStyles<Value extends string> = Record<Value, { label: MessageKey; color: MantineColor }>;

export const orderStatusStyles: StatusStyles<Order['status']> = {
  draft: { label: 'order.status.draft', color: 'gray' },
  confirmed: { label: 'order.status.confirmed', color: 'blue' },
  partially_paid: { label: 'order.status.partially_paid', color: 'yellow' },
  paid: { label: 'order.status.paid', color: 'teal' },
  partially_fulfilled: { label: 'order.status.partially_fulfilled', color: 'indigo' },
  fulfilled: { label: 'order.status.fulfilled', color: 'violet' },
  delivered: { label: 'order.status.delivered', color: 'green' },
  closed: { label: 'order.status.closed', color: 'gray' },
  cancelled: { label: 'order.status.cancelled', color: 'red' },
  refunded: { label: 'order.status.refunded', color: 'orange' },
};

export const ticketStatusStyles: StatusStyles<Ticket['status']> = {
  open: { label: 'ticket.status.open', color: 'blue' },
  in_progress: { label: 'ticket.status.in_progress', color: 'indigo' },
  waiting: { label: 'ticket.status.waiting', color: 'yellow' },
  resolved: { label: 'ticket.status.resolved', color: 'green' },
  closed: { label: 'ticket.status.closed', color: 'gray' },
};

export const ticketPriorityStyles: StatusStyles<Ticket['priority']> = {
  low: { label: 'ticket.priority.low', color: 'gray' },
  medium: { label: 'ticket.priority.medium', color: 'blue' },
  high: { label: 'ticket.priority.high', color: 'orange' },
  urgent: { label: 'ticket.priority.urgent', color: 'red' },
};
