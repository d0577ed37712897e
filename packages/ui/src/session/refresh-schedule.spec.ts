import { describe, expect, it } from 'vitest';
import { refreshDelayMs } from './refresh-schedule';

describe('refreshDelayMs', () => {
  it('renews a 15-minute token a minute before it expires', () => {
    expect(refreshDelayMs(15 * 60)).toBe(14 * 60_000);
  });

  it('renews a short-lived token when four fifths of its life have passed', () => {
    expect(refreshDelayMs(60)).toBe(48_000);
    expect(refreshDelayMs(10)).toBe(8_000);
  });

  it('never schedules renewals closer together than five seconds', () => {
    expect(refreshDelayMs(2)).toBe(5_000);
    expect(refreshDelayMs(0)).toBe(5_000);
    expect(refreshDelayMs(Number.NaN)).toBe(5_000);
  });

  it('keeps very long lifetimes within what a timer can wait', () => {
    expect(refreshDelayMs(60 * 24 * 60 * 60)).toBe(2 ** 31 - 1);
  });
});
