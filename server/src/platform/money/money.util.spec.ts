import { describe, expect, it } from 'vitest';
import { applyRate, divideRounded, formatCents, sumCents, toCents } from './money.util';

describe('money', () => {
  it('parses and formats amounts exactly', () => {
    expect(toCents('12.34')).toBe(1234n);
    expect(toCents('12.3')).toBe(1230n);
    expect(toCents('7')).toBe(700n);
    expect(toCents('-0.05')).toBe(-5n);
    expect(toCents('99999999999.99')).toBe(9999999999999n);
    expect(formatCents(1234n)).toBe('12.34');
    expect(formatCents(5n)).toBe('0.05');
    expect(formatCents(-5n)).toBe('-0.05');
    expect(formatCents(0n)).toBe('0.00');
  });

  it('refuses inexact or malformed amounts instead of rounding them silently', () => {
    expect(() => toCents('1.005')).toThrow(RangeError);
    expect(() => toCents('1e3')).toThrow(RangeError);
    expect(() => toCents('')).toThrow(RangeError);
    expect(toCents('1.500')).toBe(150n);
  });

  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
  });

  it('applies percentages and rates to the cent', () => {
    expect(applyRate(1999n, '10', { percent: true })).toBe(200n); // 199.9 → 200
    expect(applyRate(1000n, '12.5', { percent: true })).toBe(125n);
    expect(applyRate(1000n, '0.0825')).toBe(83n); // 82.5 → 83
    expect(applyRate(333n, '0.2')).toBe(67n); // 66.6 → 67
  });

  it('adds what binary floating point cannot', () => {
    expect(formatCents(sumCents([toCents('0.1'), toCents('0.2')]))).toBe('0.30');
  });
});
