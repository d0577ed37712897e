import type { Ticket } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

export const ticketStatusStyles: EnumStyles<Ticket['status']> = {
  open: { label: 'tickets.status.open', color: 'blue' },
  in_progress: { label: 'tickets.status.in_progress', color: 'indigo' },
  waiting: { label: 'tickets.status.waiting', color: 'yellow' },
  resolved: { label: 'tickets.status.resolved', color: 'green' },
  closed: { label: 'tickets.status.closed', color: 'gray' },
};

export const ticketPriorityStyles: EnumStyles<Ticket['priority']> = {
  low: { label: 'tickets.priority.low', color: 'gray' },
  medium: { label: 'tickets.priority.medium', color: 'blue' },
  high: { label: 'tickets.priority.high', color: 'orange' },
  urgent: { label: 'tickets.priority.urgent', color: 'red' },
};
