import { describe, expect, it } from 'vitest';
import { chosenLines, quantityFits, remainingToShip, returnable } from './order-lines';

describe('order line quantities', () => {
  it('count what is left to ship and what can come back', () => {
    expect(remainingToShip({ quantity: 5, quantityShipped: 2 })).toBe(3);
    expect(remainingToShip({ quantity: 5, quantityShipped: 5 })).toBe(0);
    expect(returnable({ quantityShipped: 4, quantityReturned: 1 })).toBe(3);
  });

  it('send only the lines with a quantity', () => {
    expect(chosenLines({ 7: 2, 8: 0, 9: '' })).toEqual([{ orderItemId: 7, quantity: 2 }]);
  });

  it('keep each quantity within what is left of the line', () => {
    expect(quantityFits(3, 3)).toBe(true);
    expect(quantityFits(4, 3)).toBe(false);
    expect(quantityFits(-1, 3)).toBe(false);
    expect(quantityFits(1.5, 3)).toBe(false);
    expect(quantityFits('', 3)).toBe(true);
  });
});
