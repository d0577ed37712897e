import { describe, expect, it } from 'vitest';
import { canTransition, isLowStock, isSellable, productTransitions } from './product-lifecycle.util';
import { productStatuses } from './schema';

describe('product lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = productStatuses.flatMap((from) =>
      productStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'draft→active',
        'draft→archived',
        'active→discontinued',
        'discontinued→active',
        'discontinued→archived',
      ].sort(),
    );
  });

  it('never allows staying in place, and archived is final', () => {
    for (const status of productStatuses) expect(canTransition(status, status)).toBe(false);
    expect(productTransitions.archived).toEqual([]);
  });

  it('sells active and discontinued products only', () => {
    expect(productStatuses.filter(isSellable)).toEqual(['active', 'discontinued']);
  });

  it('flags low stock at or below the reorder level, for active products only', () => {
    expect(isLowStock({ status: 'active', available: 5, reorderLevel: 5 })).toBe(true);
    expect(isLowStock({ status: 'active', available: 6, reorderLevel: 5 })).toBe(false);
    expect(isLowStock({ status: 'discontinued', available: 0, reorderLevel: 5 })).toBe(false);
    expect(isLowStock({ status: 'draft', available: 0, reorderLevel: 0 })).toBe(false);
  });
});
