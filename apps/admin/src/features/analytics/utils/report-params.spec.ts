import { describe, expect, it } from 'vitest';
import { addDays, apiPeriod, chartValue, defaultPeriod, readReportParams } from './report-params';

const today = new Date('2026-03-15T10:00:00Z');

describe('defaultPeriod', () => {
  it('covers the last twelve months, this one included', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(defaultPeriod(new Date('2026-01-31T23:00:00Z'))).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });
});

describe('readReportParams', () => {
  it('reads the page state from the URL', () => {
    const search = new URLSearchParams('from=2026-01-01&to=2026-01-31&by=day&breakdown=client');
    expect(readReportParams(search, today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      by: 'day',
      breakdown: 'client',
    });
  });

  it('falls back to the defaults for missing or malformed values', () => {
    const search = new URLSearchParams('from=yesterday&to=2026-02-30x&by=hour&breakdown=planet');
    expect(readReportParams(search, today)).toEqual({
      from: '2025-04-01',
      to: '2026-03-15',
      by: 'month',
      breakdown: 'product',
    });
  });
});

describe('apiPeriod', () => {
  it('asks up to the day after the last day shown, which the API excludes', () => {
    expect(apiPeriod({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
    });
    expect(apiPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-02',
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(apiPeriod({ from: '2026-03-02', to: '2026-03-01' })).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses months and leap days in UTC', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('chartValue', () => {
  it('turns an amount into a bar length', () => {
    expect(chartValue('1234.50')).toBe(1234.5);
  });
});
