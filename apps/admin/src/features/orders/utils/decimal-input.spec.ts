import { describe, expect, it } from 'vitest';
import { fractionToPercent, isAmount, isPercent, percentToFraction, trimDecimal } from './decimal-input';

describe('isAmount', () => {
  it('takes positive amounts with up to two decimals', () => {
    expect(isAmount('12')).toBe(true);
    expect(isAmount(' 12.5 ')).toBe(true);
    expect(isAmount('0.01')).toBe(true);
    expect(isAmount('9999999999.99')).toBe(true);
  });

  it('refuses zero, negatives, three decimals, separators and numbers too large for the column', () => {
    for (const text of ['0', '0.00', '-1', '1.234', '1,000', '12345678901', '', '.5', '1e3']) {
      expect(isAmount(text), text).toBe(false);
    }
  });
});

describe('isPercent', () => {
  it('takes 0 to 100 with up to two decimals', () => {
    for (const text of ['0', '12.5', '99.99', '100', '100.00']) expect(isPercent(text), text).toBe(true);
  });

  it('refuses more than 100 and malformed input', () => {
    for (const text of ['100.01', '101', '-5', '5.555', 'ten', '']) expect(isPercent(text), text).toBe(false);
  });
});

describe('percentToFraction and fractionToPercent', () => {
  it('move the decimal point without rounding', () => {
    expect(percentToFraction('8.25')).toBe('0.0825');
    expect(percentToFraction('20')).toBe('0.2');
    expect(percentToFraction('0')).toBe('0');
    expect(percentToFraction('100')).toBe('1');
    expect(percentToFraction('0.01')).toBe('0.0001');
    expect(percentToFraction('7.1')).toBe('0.071');
  });

  it('read stored rates back as the percentage typed', () => {
    expect(fractionToPercent('0.0825')).toBe('8.25');
    expect(fractionToPercent('0.2000')).toBe('20');
    expect(fractionToPercent('0.0000')).toBe('0');
    expect(fractionToPercent('1.0000')).toBe('100');
    expect(fractionToPercent('0.071')).toBe('7.1');
    expect(fractionToPercent('0.0001')).toBe('0.01');
  });

  it('round-trip every two-decimal percentage', () => {
    for (const percent of ['0.05', '5', '12.34', '99.99']) {
      expect(fractionToPercent(percentToFraction(percent))).toBe(percent);
    }
  });
});

describe('trimDecimal', () => {
  it('drops trailing zeros of a decimal only', () => {
    expect(trimDecimal('12.50')).toBe('12.5');
    expect(trimDecimal('10.00')).toBe('10');
    expect(trimDecimal('100')).toBe('100');
  });
});
