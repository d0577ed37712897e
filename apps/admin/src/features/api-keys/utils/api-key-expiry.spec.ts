import { describe, expect, it } from 'vitest';
import { apiKeyExpiresAt, endOfLocalDay, expiryDayProblem, localDay } from './api-key-expiry';

// Local times throughout: the form works in the browser's time zone, whatever the test machine's is.
const now = new Date(2025, 5, 15, 10, 30);

describe('apiKeyExpiresAt', () => {
  it('counts preset lifetimes in days from now', () => {
    expect(apiKeyExpiresAt('30', '', now)?.getTime()).toBe(now.getTime() + 30 * 24 * 60 * 60 * 1000);
    expect(apiKeyExpiresAt('365', '', now)?.getTime()).toBe(now.getTime() + 365 * 24 * 60 * 60 * 1000);
  });

  it('lets a key live until revoked', () => {
    expect(apiKeyExpiresAt('never', '', now)).toBeNull();
  });

  it('keeps a key with a chosen last day working until that day ends', () => {
    expect(apiKeyExpiresAt('date', '2025-07-01', now)).toEqual(new Date(2025, 6, 1, 23, 59, 59, 999));
    expect(apiKeyExpiresAt('date', localDay(now), now)).toEqual(new Date(2025, 5, 15, 23, 59, 59, 999));
  });

  it('has no answer for a chosen day that cannot be used', () => {
    expect(apiKeyExpiresAt('date', '', now)).toBeUndefined();
    expect(apiKeyExpiresAt('date', '2025-06-14', now)).toBeUndefined();
  });
});

describe('expiryDayProblem', () => {
  it('names what is wrong with the chosen day', () => {
    expect(expiryDayProblem('  ', now)).toBe('required');
    expect(expiryDayProblem('15/06/2025', now)).toBe('invalid');
    expect(expiryDayProblem('2025-02-31', now)).toBe('invalid');
    expect(expiryDayProblem('2025-06-14', now)).toBe('past');
    expect(expiryDayProblem('2025-06-15', now)).toBeNull();
  });
});

describe('endOfLocalDay', () => {
  it('is the last millisecond of the day in local time', () => {
    expect(endOfLocalDay('2024-02-29')).toEqual(new Date(2024, 1, 29, 23, 59, 59, 999));
    expect(endOfLocalDay('2025-02-29')).toBeNull();
  });
});
