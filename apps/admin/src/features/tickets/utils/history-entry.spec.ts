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
      details: [],
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
      details: [],
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
      details: [],
    });
  });

  it('lists the escalation actions an SLA breach took under it', () => {
    expect(
      describeHistoryEntry({
        kind: 'sla_breached',
        data: {
          target: 'first_response',
          dueAt: '2026-03-02T09:00:00.000Z',
          escalations: [
            { action: 'notify_manager', managerEmployeeId: 4 },
            { action: 'notify_manager', managerEmployeeId: null },
            { action: 'raise_priority', from: 'medium', to: 'high' },
            { action: 'reassign', from: 9 },
          ],
        },
      }),
    ).toEqual({
      message: 'slaBreached',
      values: { target: { kind: 'slaTarget', value: 'first_response' } },
      reason: null,
      details: [
        { message: 'managerNotified', values: { manager: { kind: 'employee', id: 4 } } },
        { message: 'noManager', values: {} },
        {
          message: 'priorityRaised',
          values: { from: { kind: 'priority', value: 'medium' }, to: { kind: 'priority', value: 'high' } },
        },
        { message: 'takenForReassignment', values: { from: { kind: 'employee', id: 9 } } },
      ],
    });
    expect(describeHistoryEntry({ kind: 'sla_warning', data: { target: 'resolution' } })).toMatchObject({
      message: 'slaWarning',
      details: [],
    });
  });

  it('still words the one-action escalation entries that earlier sweeps wrote', () => {
    expect(
      describeHistoryEntry({
        kind: 'escalated',
        data: { target: 'resolution', stage: 'breach', action: 'notify_manager', managerEmployeeId: 3 },
      }),
    ).toMatchObject({
      message: 'escalated',
      values: { target: { kind: 'slaTarget', value: 'resolution' } },
      details: [{ message: 'managerNotified', values: { manager: { kind: 'employee', id: 3 } } }],
    });
  });
});
