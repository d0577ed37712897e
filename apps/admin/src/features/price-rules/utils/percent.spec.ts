import { describe, expect, it } from 'vitest';
import { formatPercent } from './percent';

describe('formatPercent', () => {
  it('drops the zeros the API pads decimals with', () => {
    expect(formatPercent('10.00')).toBe('10');
    expect(formatPercent('12.50')).toBe('12.5');
    expect(formatPercent('0.25')).toBe('0.25');
    expect(formatPercent('100')).toBe('100');
  });

  it('leaves anything else alone', () => {
    expect(formatPercent('n/a')).toBe('n/a');
  });
});
