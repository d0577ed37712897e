import type { MantineColor } from '@mantine/core';
import type { Order, Ticket } from '@smartcrm/api-client';
import type { MessageKey } from '../../../i18n/messages-en';

type StatusStyles<Value extends string> = Record<Value, { label: MessageKey; color: MantineColor }>;

export const orderStatusStyles: StatusStyles<Order['status']> = {
  pending: { label: 'order.status.pending', color: 'yellow' },
  confirmed: { label: 'order.status.confirmed', color: 'blue' },
  shipped: { label: 'order.status.shipped', color: 'indigo' },
  delivered: { label: 'order.status.delivered', color: 'green' },
  cancelled: { label: 'order.status.cancelled', color: 'red' },
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
