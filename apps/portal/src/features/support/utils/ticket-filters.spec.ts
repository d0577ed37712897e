import { describe, expect, it } from 'vitest';
import { canClose, canRate, canReply } from './ticket-actions';
import { isTicketStatusFilter, statusesForFilter } from './ticket-filters';

describe('ticket status filter', () => {
  it('lists everything, the ones still being worked on, or one status', () => {
    expect(statusesForFilter('all')).toBeUndefined();
    expect(statusesForFilter('active')).toEqual(['new', 'open', 'pending', 'on_hold']);
    expect(statusesForFilter('resolved')).toEqual(['resolved']);
  });

  it('accepts only known filters', () => {
    expect(isTicketStatusFilter('pending')).toBe(true);
    expect(isTicketStatusFilter('active')).toBe(true);
    expect(isTicketStatusFilter('waiting')).toBe(false);
    expect(isTicketStatusFilter(null)).toBe(false);
  });
});

describe('what a customer can do with a ticket', () => {
  it('replies and closes until the ticket is closed, and rates once it is resolved', () => {
    expect(canReply('pending')).toBe(true);
    expect(canReply('resolved')).toBe(true);
    expect(canReply('closed')).toBe(false);
    expect(canClose('new')).toBe(true);
    expect(canClose('closed')).toBe(false);
    expect(canRate('open')).toBe(false);
    expect(canRate('resolved')).toBe(true);
    expect(canRate('closed')).toBe(true);
  });
});
