import { describe, expect, it } from 'vitest';
import { dueState, localDateTimeToIso } from './task-due';

const now = new Date('2025-03-10T12:00:00Z');

describe('dueState', () => {
  it('tells overdue, due within a day and later apart for open tasks', () => {
    expect(dueState({ status: 'open', dueAt: '2025-03-10T11:59:00Z' }, now)).toBe('overdue');
    expect(dueState({ status: 'open', dueAt: '2025-03-11T12:00:00Z' }, now)).toBe('dueSoon');
    expect(dueState({ status: 'open', dueAt: '2025-03-11T12:01:00Z' }, now)).toBe('later');
  });

  it('says nothing about undated or closed tasks', () => {
    expect(dueState({ status: 'open', dueAt: null }, now)).toBe('none');
    expect(dueState({ status: 'done', dueAt: '2025-03-01T00:00:00Z' }, now)).toBe('none');
  });
});

describe('localDateTimeToIso', () => {
  it('turns a local date and time into an instant, and nothing into null', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('not a date')).toBeNull();
    expect(localDateTimeToIso('2025-03-10T09:30')).toBe(new Date(2025, 2, 10, 9, 30).toISOString());
  });
});
