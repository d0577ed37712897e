import { describe, expect, it } from 'vitest';
import { durationParts, percentValue } from './report-figures';

describe('report figures', () => {
  it('shows short spans in minutes, then hours and minutes', () => {
    expect(durationParts(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(42.4)).toEqual({ days: 0, hours: 0, minutes: 42 });
    expect(durationParts(195)).toEqual({ days: 0, hours: 3, minutes: 15 });
    expect(durationParts(24 * 60 - 1)).toEqual({ days: 0, hours: 23, minutes: 59 });
  });

  it('shows spans of a day or more in days and rounded hours', () => {
    expect(durationParts(24 * 60)).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(durationParts(2 * 24 * 60 + 5 * 60 + 40)).toEqual({ days: 2, hours: 6, minutes: 0 });
    expect(durationParts(3 * 24 * 60 - 20)).toEqual({ days: 3, hours: 0, minutes: 0 });
  });

  it('turns rates into percentages for charts', () => {
    expect(percentValue(0.87654)).toBe(87.65);
    expect(percentValue(1)).toBe(100);
    expect(percentValue(null)).toBeNull();
  });
});
