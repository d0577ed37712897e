import { describe, expect, it } from 'vitest';
import {
  allowedTicketTransitions,
  customerReplyOutcome,
  isLegalTicketTransition,
  ticketStatuses,
} from './ticket-workflow.util';

const day = 86_400_000;

describe('ticket workflow', () => {
  it('allows the documented transitions and nothing else', () => {
    const legal = ticketStatuses.flatMap((from) =>
      allowedTicketTransitions(from).map((to) => `${from}→${to}`),
    );
    expect(legal).toEqual([
      'new→open',
      'new→pending',
      'new→on_hold',
      'new→resolved',
      'new→closed',
      'open→pending',
      'open→on_hold',
      'open→resolved',
      'open→closed',
      'pending→open',
      'pending→on_hold',
      'pending→resolved',
      'pending→closed',
      'on_hold→open',
      'on_hold→pending',
      'on_hold→resolved',
      'on_hold→closed',
      'resolved→open',
      'resolved→closed',
    ]);
    for (const status of ticketStatuses) expect(isLegalTicketTransition(status, status)).toBe(false);
    expect(isLegalTicketTransition('closed', 'open')).toBe(false);
    expect(isLegalTicketTransition('resolved', 'pending')).toBe(false);
  });

  it('brings a ticket back to the team when the customer answers in time', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const resolvedAt = new Date(now.getTime() - 6 * day);
    expect(
      customerReplyOutcome({ status: 'pending', resolvedAt: null, now, reopenWindowMs: 7 * day }),
    ).toEqual({
      kind: 'reopen',
      to: 'open',
    });
    expect(customerReplyOutcome({ status: 'resolved', resolvedAt, now, reopenWindowMs: 7 * day })).toEqual({
      kind: 'reopen',
      to: 'open',
    });
    expect(customerReplyOutcome({ status: 'resolved', resolvedAt, now, reopenWindowMs: 5 * day })).toEqual({
      kind: 'new_ticket',
      reason: 'reopen_window_passed',
    });
    expect(customerReplyOutcome({ status: 'closed', resolvedAt, now, reopenWindowMs: 7 * day })).toEqual({
      kind: 'new_ticket',
      reason: 'closed',
    });
    expect(customerReplyOutcome({ status: 'open', resolvedAt: null, now, reopenWindowMs: 7 * day })).toEqual({
      kind: 'stay',
    });
  });
});
