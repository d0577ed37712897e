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
  new: { label: 'ticket.status.new', color: 'cyan' },
  open: { label: 'ticket.status.open', color: 'blue' },
  // The team waits on the customer: the one status that asks something of them, so it stands out.
  pending: { label: 'ticket.status.pending', color: 'orange' },
  on_hold: { label: 'ticket.status.on_hold', color: 'grape' },
  resolved: { label: 'ticket.status.resolved', color: 'green' },
  closed: { label: 'ticket.status.closed', color: 'gray' },
};

export const ticketPriorityStyles: StatusStyles<Ticket['priority']> = {
  low: { label: 'ticket.priority.low', color: 'gray' },
  medium: { label: 'ticket.priority.medium', color: 'blue' },
  high: { label: 'ticket.priority.high', color: 'orange' },
  urgent: { label: 'ticket.priority.urgent', color: 'red' },
};
