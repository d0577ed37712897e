import { describe, expect, it } from 'vitest';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from './local-date-time';

describe('local date-time inputs', () => {
  it('shows an instant in the local time zone and reads it back', () => {
    const local = new Date(2025, 2, 9, 7, 5);
    expect(toLocalDateTimeInput(local)).toBe('2025-03-09T07:05');
    expect(fromLocalDateTimeInput('2025-03-09T07:05')).toBe(local.toISOString());
    expect(toLocalDateTimeInput(fromLocalDateTimeInput('2025-12-31T23:59'))).toBe('2025-12-31T23:59');
  });

  it('treats empty and unreadable values as none', () => {
    expect(toLocalDateTimeInput(null)).toBe('');
    expect(toLocalDateTimeInput('not a date')).toBe('');
    expect(fromLocalDateTimeInput('')).toBeNull();
    expect(fromLocalDateTimeInput('2025-03-09')).toBeNull();
  });
});
