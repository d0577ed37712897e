import { isApiProblem } from '@smartcrm/api-client';
import type { TicketStatus } from '../api/support-types';

/** Statuses the team is still working in; what "Active" shows in the list's filter. */
export const activeTicketStatuses: readonly TicketStatus[] = ['new', 'open', 'pending', 'on_hold'];

/** A closed ticket takes no more replies: the customer opens a new one instead. */
export function canReply(status: TicketStatus): boolean {
  return status !== 'closed';
}

/** The customer may close their ticket at any point before it is closed. */
export function canClose(status: TicketStatus): boolean {
  return status !== 'closed';
}

/** Rating is offered once the team has resolved the ticket (and stays possible after it closes). */
export function canRate(status: TicketStatus): boolean {
  return status === 'resolved' || status === 'closed';
}

/** The server's answer to a reply that belongs in a new ticket (closed, or resolved too long ago). */
export function isTicketClosedProblem(error: unknown): boolean {
  return isApiProblem(error) && error.status === 409 && error.code === 'ticket_closed';
}

/** A single-use link that was already used or has expired. */
export function isGoneProblem(error: unknown): boolean {
  return isApiProblem(error) && error.status === 410;
}
