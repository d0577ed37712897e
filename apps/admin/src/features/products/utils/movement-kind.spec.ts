import { describe, expect, it } from 'vitest';
import { signedQuantity } from './movement-kind';

describe('signedQuantity', () => {
  it('shows the direction of a stock change', () => {
    expect(signedQuantity(5)).toBe('+5');
    expect(signedQuantity(-3)).toBe('−3');
    expect(signedQuantity(0)).toBe('0');
  });
});
