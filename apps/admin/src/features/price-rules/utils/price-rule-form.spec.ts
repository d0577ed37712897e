import { describe, expect, it } from 'vitest';
import type { PriceRule } from '../api/price-rule-types';
import { fromLocalDateTimeInput } from './local-date-time';
import {
  type PriceRuleFormValues,
  priceRuleFormProblems,
  priceRuleFormValues,
  toPriceRuleBody,
} from './price-rule-form';

const promotion: PriceRuleFormValues = {
  ...priceRuleFormValues(),
  name: 'Spring sale',
  kind: 'promotion',
  amount: '10',
  startsAt: '2025-03-01T00:00',
  endsAt: '2025-04-01T00:00',
};

describe('priceRuleFormProblems', () => {
  it('accepts a complete promotion', () => {
    expect(priceRuleFormProblems(promotion)).toEqual({});
  });

  it('asks each kind for what it cannot do without', () => {
    const base = { ...promotion, startsAt: '', endsAt: '' };
    expect(priceRuleFormProblems(base)).toEqual({ startsAt: 'required', endsAt: 'required' });
    expect(priceRuleFormProblems({ ...base, kind: 'volume_tier' })).toEqual({ minQuantity: 'required' });
    expect(priceRuleFormProblems({ ...base, kind: 'client_price' })).toEqual({ clientId: 'required' });
    expect(priceRuleFormProblems({ ...base, kind: 'segment_price' })).toEqual({ clientTier: 'required' });
  });

  it('wants the product or category the rule aims at', () => {
    expect(priceRuleFormProblems({ ...promotion, target: 'product' })).toEqual({ productId: 'required' });
    expect(priceRuleFormProblems({ ...promotion, target: 'category' })).toEqual({ categoryId: 'required' });
  });

  it('checks the amount against the kind of adjustment', () => {
    expect(priceRuleFormProblems({ ...promotion, amount: '' }).amount).toBe('required');
    expect(priceRuleFormProblems({ ...promotion, amount: '120' }).amount).toBe('percent');
    expect(priceRuleFormProblems({ ...promotion, amount: '0' }).amount).toBe('percent');
    expect(priceRuleFormProblems({ ...promotion, adjustment: 'amountOff', amount: '0' }).amount).toBe(
      'positive',
    );
    expect(priceRuleFormProblems({ ...promotion, adjustment: 'fixedPrice', amount: '1.234' }).amount).toBe(
      'money',
    );
    expect(
      priceRuleFormProblems({ ...promotion, adjustment: 'fixedPrice', amount: '0' }).amount,
    ).toBeUndefined();
  });

  it('wants the window to end after it starts', () => {
    expect(priceRuleFormProblems({ ...promotion, endsAt: '2025-03-01T00:00' }).endsAt).toBe('endBeforeStart');
  });

  it('wants a whole minimum quantity of at least 1', () => {
    expect(priceRuleFormProblems({ ...promotion, minQuantity: 0 }).minQuantity).toBe('wholeNumber');
    expect(priceRuleFormProblems({ ...promotion, minQuantity: 2.5 }).minQuantity).toBe('wholeNumber');
  });
});

describe('toPriceRuleBody', () => {
  it('sends exactly one adjustment and only the chosen target', () => {
    const body = toPriceRuleBody({ ...promotion, target: 'category', productId: 4, categoryId: 9 });
    expect(body).toEqual({
      name: 'Spring sale',
      kind: 'promotion',
      productId: null,
      categoryId: 9,
      clientId: null,
      clientTier: null,
      minQuantity: null,
      fixedPrice: null,
      percentOff: '10',
      amountOff: null,
      startsAt: fromLocalDateTimeInput('2025-03-01T00:00'),
      endsAt: fromLocalDateTimeInput('2025-04-01T00:00'),
      isActive: true,
    });
  });

  it('reads a saved rule back into the same body', () => {
    const rule: PriceRule = {
      id: 3,
      name: 'Gold tier',
      kind: 'segment_price',
      productId: 12,
      categoryId: null,
      clientId: null,
      clientTier: 'gold',
      minQuantity: 5,
      fixedPrice: null,
      percentOff: null,
      amountOff: '2.50',
      startsAt: null,
      endsAt: null,
      isActive: false,
      version: 2,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(toPriceRuleBody(priceRuleFormValues(rule))).toEqual({
      name: 'Gold tier',
      kind: 'segment_price',
      productId: 12,
      categoryId: null,
      clientId: null,
      clientTier: 'gold',
      minQuantity: 5,
      fixedPrice: null,
      percentOff: null,
      amountOff: '2.50',
      startsAt: null,
      endsAt: null,
      isActive: false,
    });
  });
});
