import { describe, expect, it } from 'vitest';
import { joinMinutes, percentOfShare, shareOfPercent, splitMinutes } from './sla-form';

describe('SLA policy form', () => {
  it('splits and joins targets as hours and minutes', () => {
    expect(splitMinutes(90)).toEqual({ hours: 1, minutes: 30 });
    expect(splitMinutes(2880)).toEqual({ hours: 48, minutes: 0 });
    expect(joinMinutes({ hours: 4, minutes: 15 })).toBe(255);
    expect(joinMinutes({ hours: '', minutes: 45 })).toBe(45);
  });

  it('refuses parts that are not whole, negative, or 60 minutes and more', () => {
    expect(joinMinutes({ hours: 1.5, minutes: 0 })).toBeNull();
    expect(joinMinutes({ hours: -1, minutes: 0 })).toBeNull();
    expect(joinMinutes({ hours: 1, minutes: 60 })).toBeNull();
  });

  it('turns the warning share into a percentage and back', () => {
    expect(percentOfShare(0.75)).toBe(75);
    expect(shareOfPercent(80)).toBe(0.8);
    expect(shareOfPercent(0)).toBeNull();
    expect(shareOfPercent(100)).toBeNull();
    expect(shareOfPercent('')).toBeNull();
  });
});
