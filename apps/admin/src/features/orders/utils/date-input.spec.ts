import { describe, expect, it } from 'vitest';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from './date-input';

describe('datetime-local values', () => {
  it('round-trip an instant to the minute in the local time zone', () => {
    const instant = new Date(2026, 2, 5, 9, 7, 42);
    const text = toLocalDateTimeInput(instant);
    expect(text).toBe('2026-03-05T09:07');
    expect(fromLocalDateTimeInput(text)).toBe(new Date(2026, 2, 5, 9, 7).toISOString());
  });

  it('give null for empty or malformed input', () => {
    expect(fromLocalDateTimeInput('')).toBeNull();
    expect(fromLocalDateTimeInput('not a date')).toBeNull();
  });
});
