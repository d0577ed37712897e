import { describe, expect, it } from 'vitest';
import { describeHistoryEntry } from './history-entry';

describe('describeHistoryEntry', () => {
  it('words status and priority changes with their reasons', () => {
    expect(
      describeHistoryEntry({
        kind: 'status_changed',
        data: { from: 'open', to: 'pending', reason: 'asked for logs' },
      }),
    ).toEqual({
      message: 'statusChanged',
      values: { from: { kind: 'status', value: 'open' }, to: { kind: 'status', value: 'pending' } },
      reason: 'asked for logs',
    });
    expect(
      describeHistoryEntry({ kind: 'priority_changed', data: { from: 'low', to: 'urgent', reason: 'VIP' } }),
    ).toMatchObject({ message: 'priorityChanged', reason: 'VIP' });
  });

  it('tells automatic routing from a person assigning, and names the employee by id for the view', () => {
    expect(
      describeHistoryEntry({ kind: 'assigned', data: { to: 7, automatic: true, reason: 'least loaded' } }),
    ).toEqual({
      message: 'assignedAutomatically',
      values: { to: { kind: 'employee', id: 7 } },
      reason: 'least loaded',
    });
    expect(describeHistoryEntry({ kind: 'assigned', data: { to: 7, automatic: false } }).message).toBe(
      'assigned',
    );
  });

  it('marks the first response and customer replies', () => {
    expect(describeHistoryEntry({ kind: 'commented', data: { firstResponse: true } }).message).toBe(
      'firstResponse',
    );
    expect(describeHistoryEntry({ kind: 'commented', data: { authorKind: 'customer' } }).message).toBe(
      'customerReplied',
    );
    expect(describeHistoryEntry({ kind: 'note_added', data: {} }).message).toBe('noteAdded');
  });

  it('keeps the priority rules that fired on creation as its reason', () => {
    expect(
      describeHistoryEntry({
        kind: 'created',
        data: { priority: 'high', channel: 'portal', priorityReasons: ['keyword "outage"', 'gold tier'] },
      }).reason,
    ).toBe('keyword "outage"; gold tier');
  });

  it('shows an unknown kind as words rather than failing', () => {
    expect(describeHistoryEntry({ kind: 'something_new', data: {} })).toEqual({
      message: 'other',
      values: { kind: { kind: 'text', value: 'something new' } },
      reason: null,
    });
  });
});
