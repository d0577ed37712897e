import { describe, expect, it } from 'vitest';
import { readPriceExplanation, rulesByRelevance } from './price-explanation';

const explanation = {
  listPrice: '100.00',
  basePrice: '90.00',
  unitPrice: '90.00',
  appliedRuleIds: [3],
  summary: 'list price 100.00; volume tier "Bulk" 90.00; unit price 90.00 × 6',
  rules: [
    {
      ruleId: 5,
      name: 'Spring sale',
      kind: 'promotion',
      scope: 'all',
      outcome: 'not_applicable',
      reason: 'outside its window',
      price: null,
    },
    {
      ruleId: 4,
      name: 'Gold',
      kind: 'segment_price',
      scope: 'product',
      outcome: 'not_best',
      reason: 'x',
      price: '95.00',
    },
    {
      ruleId: 3,
      name: 'Bulk',
      kind: 'volume_tier',
      scope: 'product',
      outcome: 'applied',
      reason: 'y',
      price: '90.00',
    },
  ],
};

describe('readPriceExplanation', () => {
  it('reads an explanation the price function stored', () => {
    expect(readPriceExplanation(explanation)).toEqual(explanation);
  });

  it('gives null for lines without one, or with another shape', () => {
    expect(readPriceExplanation({})).toBeNull();
    expect(readPriceExplanation(null)).toBeNull();
    expect(readPriceExplanation({ ...explanation, unitPrice: 90 })).toBeNull();
    expect(readPriceExplanation({ ...explanation, rules: [{ ruleId: 1 }] })).toBeNull();
  });
});

describe('rulesByRelevance', () => {
  it('puts the applied rules first and the ones that did not apply last', () => {
    const read = readPriceExplanation(explanation);
    if (!read) throw new Error('unreadable');
    expect(rulesByRelevance(read).map((rule) => rule.ruleId)).toEqual([3, 4, 5]);
  });
});
