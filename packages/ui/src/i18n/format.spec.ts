import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

const english = createFormatters({ locale: 'en-US', currency: 'USD', empty: '—' });

describe('formatters', () => {
  it('formats decimal strings as money without losing cents', () => {
    expect(english.money('129.00')).toBe('$129.00');
    expect(english.money('1234567.89')).toBe('$1,234,567.89');
  });

  it('keeps calendar dates on their day whatever the time zone', () => {
    expect(english.date('2021-03-05')).toBe('Mar 5, 2021');
  });

  it('shows the placeholder for missing values', () => {
    expect(english.money(null)).toBe('—');
    expect(english.date(null)).toBe('—');
    expect(english.dateTime(undefined)).toBe('—');
  });
});
