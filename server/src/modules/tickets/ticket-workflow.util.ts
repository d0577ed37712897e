export const ticketStatuses = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

const transitions: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['open', 'pending', 'on_hold', 'resolved', 'closed'],
  open: ['pending', 'on_hold', 'resolved', 'closed'],
  pending: ['open', 'on_hold', 'resolved', 'closed'],
  on_hold: ['open', 'pending', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  // Closed is final: a customer who writes again starts a new ticket that links back to it.
  closed: [],
};

export function allowedTicketTransitions(from: TicketStatus): readonly TicketStatus[] {
  return transitions[from];
}

export function isLegalTicketTransition(from: TicketStatus, to: TicketStatus): boolean {
  return transitions[from].includes(to);
}

/** Statuses in which the ticket is someone's work: they count towards an agent's load and the backlog. */
export const activeTicketStatuses: readonly TicketStatus[] = ['new', 'open', 'on_hold'];

/** While the ticket waits on the customer the SLA clocks stand still. */
export const slaPausedStatuses: readonly TicketStatus[] = ['pending'];

export type CustomerReplyOutcome =
  | { kind: 'reopen'; to: 'open' }
  | { kind: 'stay' }
  | { kind: 'new_ticket'; reason: 'closed' | 'reopen_window_passed' };

/**
 * What a customer's reply does to the ticket: waiting on them or resolved within the reopen window brings it
 * back to the team; after the window, or once closed, the reply belongs in a new ticket.
 */
export function customerReplyOutcome(options: {
  status: TicketStatus;
  resolvedAt: Date | null;
  now: Date;
  reopenWindowMs: number;
}): CustomerReplyOutcome {
  const { status, resolvedAt, now, reopenWindowMs } = options;
  if (status === 'closed') return { kind: 'new_ticket', reason: 'closed' };
  if (status === 'resolved') {
    const within = resolvedAt !== null && now.getTime() - resolvedAt.getTime() <= reopenWindowMs;
    return within ? { kind: 'reopen', to: 'open' } : { kind: 'new_ticket', reason: 'reopen_window_passed' };
  }
  if (status === 'pending') return { kind: 'reopen', to: 'open' };
  return { kind: 'stay' };
}
