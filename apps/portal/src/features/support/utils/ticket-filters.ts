import type { TicketStatus } from '../api/support-types';
import { activeTicketStatuses } from './ticket-actions';

export const ticketStatusOrder = [
  'new',
  'open',
  'pending',
  'on_hold',
  'resolved',
  'closed',
] as const satisfies readonly TicketStatus[];

/** What the list of tickets can be narrowed to: everything, the active ones, or one status. */
export type TicketStatusFilter = 'all' | 'active' | TicketStatus;

/** The `status` query the filter sends; undefined lists every ticket. */
export function statusesForFilter(filter: TicketStatusFilter): TicketStatus[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'active') return [...activeTicketStatuses];
  return [filter];
}

export function isTicketStatusFilter(value: string | null): value is TicketStatusFilter {
  return (
    value === 'all' || value === 'active' || (ticketStatusOrder as readonly string[]).includes(value ?? '')
  );
}
