import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, toCents } from '../../platform/money/money.util';
import { type PricingInput, type PricingRule, priceLine } from './pricing.util';

let nextId = 1;
function rule(overrides: Partial<PricingRule> & Pick<PricingRule, 'kind'>): PricingRule {
  const id = overrides.id ?? nextId++;
  return {
    id,
    name: `Rule ${id}`,
    productId: null,
    categoryId: null,
    clientId: null,
    clientTier: null,
    minQuantity: null,
    fixedPrice: null,
    percentOff: null,
    amountOff: null,
    startsAt: null,
    endsAt: null,
    isActive: true,
    ...overrides,
  };
}

const june = new Date('2026-06-15T12:00:00Z');
const base = (overrides: Partial<PricingInput> = {}): PricingInput => ({
  listPrice: '100.00',
  quantity: 1,
  product: { id: 7, categoryIds: [30, 20, 10] },
  client: { id: 5, tier: 'gold' },
  date: june,
  rules: [],
  ...overrides,
});

const outcomeOf = (result: ReturnType<typeof priceLine>, ruleId: number) =>
  result.explanation.rules.find((item) => item.ruleId === ruleId);

describe('priceLine without rules', () => {
  it('charges the list price and multiplies exactly', () => {
    const result = priceLine(base({ listPrice: '19.99', quantity: 3 }));
    expect(result.unitPrice).toBe('19.99');
    expect(result.lineAmount).toBe('59.97');
    expect(result.explanation).toMatchObject({
      listPrice: '19.99',
      basePrice: '19.99',
      unitPrice: '19.99',
      appliedRuleIds: [],
      rules: [],
    });
    expect(result.explanation.summary).toBe('list price 19.99; unit price 19.99 × 3');
  });

  it('keeps large line amounts exact beyond what a double holds', () => {
    const result = priceLine(base({ listPrice: '99999999.99', quantity: 1_000_000 }));
    expect(result.lineAmount).toBe('99999999990000.00');
  });

  it('refuses a quantity that is not a positive whole number', () => {
    expect(() => priceLine(base({ quantity: 0 }))).toThrow(RangeError);
    expect(() => priceLine(base({ quantity: 1.5 }))).toThrow(RangeError);
    expect(() => priceLine(base({ quantity: -2 }))).toThrow(RangeError);
  });

  it('refuses a malformed list price', () => {
    expect(() => priceLine(base({ listPrice: '12.345' }))).toThrow(RangeError);
    expect(() => priceLine(base({ listPrice: 'free' }))).toThrow(RangeError);
  });
});

describe('volume tiers', () => {
  const tiers = [
    rule({ id: 101, kind: 'volume_tier', minQuantity: 10, percentOff: '5' }),
    rule({ id: 102, kind: 'volume_tier', minQuantity: 50, percentOff: '10' }),
    rule({ id: 103, kind: 'volume_tier', minQuantity: 100, fixedPrice: '80.00' }),
  ];

  it('applies none below the smallest tier, saying how many units each needs', () => {
    const result = priceLine(base({ quantity: 9, rules: tiers }));
    expect(result.unitPrice).toBe('100.00');
    expect(outcomeOf(result, 101)).toMatchObject({
      outcome: 'not_applicable',
      reason: 'Does not apply: it needs at least 10 units; the line has 9',
    });
  });

  it('applies the best tier the quantity reaches, at the boundary', () => {
    const at50 = priceLine(base({ quantity: 50, rules: tiers }));
    expect(at50.unitPrice).toBe('90.00');
    expect(at50.lineAmount).toBe('4500.00');
    expect(at50.explanation.appliedRuleIds).toEqual([102]);
    expect(outcomeOf(at50, 101)?.outcome).toBe('not_best');
    expect(outcomeOf(at50, 101)?.price).toBe('95.00');
    expect(outcomeOf(at50, 103)?.outcome).toBe('not_applicable');

    const at100 = priceLine(base({ quantity: 100, rules: tiers }));
    expect(at100.unitPrice).toBe('80.00');
    expect(at100.explanation.appliedRuleIds).toEqual([103]);
  });
});

describe('client and segment prices', () => {
  it('applies a client price only to that client', () => {
    const clientPrice = rule({ id: 201, kind: 'client_price', clientId: 5, fixedPrice: '85.00' });
    expect(priceLine(base({ rules: [clientPrice] })).unitPrice).toBe('85.00');
    const other = priceLine(base({ client: { id: 6, tier: 'gold' }, rules: [clientPrice] }));
    expect(other.unitPrice).toBe('100.00');
    expect(outcomeOf(other, 201)?.reason).toBe('Does not apply: it is only for client 5');
    const anonymous = priceLine(base({ client: null, rules: [clientPrice] }));
    expect(outcomeOf(anonymous, 201)?.reason).toContain('no client was given');
  });

  it('applies a segment price only to clients of that tier', () => {
    const gold = rule({ id: 301, kind: 'segment_price', clientTier: 'gold', percentOff: '12.5' });
    expect(priceLine(base({ rules: [gold] })).unitPrice).toBe('87.50');
    const silver = priceLine(base({ client: { id: 5, tier: 'silver' }, rules: [gold] }));
    expect(silver.unitPrice).toBe('100.00');
    expect(outcomeOf(silver, 301)?.reason).toBe(
      'Does not apply: it is only for gold clients; this client is silver',
    );
  });

  it('gives the customer the lowest of list, volume, segment and client prices', () => {
    const rules = [
      rule({ id: 401, kind: 'client_price', clientId: 5, fixedPrice: '92.00' }),
      rule({ id: 402, kind: 'segment_price', clientTier: 'gold', fixedPrice: '88.00' }),
      rule({ id: 403, kind: 'volume_tier', minQuantity: 20, fixedPrice: '90.00' }),
    ];
    const result = priceLine(base({ quantity: 20, rules }));
    expect(result.unitPrice).toBe('88.00');
    expect(result.explanation.appliedRuleIds).toEqual([402]);
    expect(outcomeOf(result, 401)).toMatchObject({ outcome: 'not_best', price: '92.00' });
    expect(outcomeOf(result, 401)?.reason).toContain('"Rule 402" gives a lower price');
  });

  it('ignores a client price above the list price', () => {
    const result = priceLine(
      base({ rules: [rule({ id: 501, kind: 'client_price', clientId: 5, fixedPrice: '120.00' })] }),
    );
    expect(result.unitPrice).toBe('100.00');
    expect(outcomeOf(result, 501)).toMatchObject({ outcome: 'not_best', price: '120.00' });
    expect(outcomeOf(result, 501)?.reason).toContain('would not lower the list price (100.00)');
  });
});

describe('promotions', () => {
  const window = { startsAt: new Date('2026-06-01T00:00:00Z'), endsAt: new Date('2026-07-01T00:00:00Z') };

  it('applies within its window, from the start inclusive to the end exclusive', () => {
    const promotion = rule({ id: 601, kind: 'promotion', percentOff: '20', ...window });
    expect(priceLine(base({ rules: [promotion], date: window.startsAt })).unitPrice).toBe('80.00');
    const before = priceLine(base({ rules: [promotion], date: new Date('2026-05-31T23:59:59.999Z') }));
    expect(before.unitPrice).toBe('100.00');
    expect(outcomeOf(before, 601)?.reason).toBe('Does not apply: it starts at 2026-06-01T00:00:00.000Z');
    const atEnd = priceLine(base({ rules: [promotion], date: window.endsAt }));
    expect(atEnd.unitPrice).toBe('100.00');
    expect(outcomeOf(atEnd, 601)?.reason).toBe('Does not apply: it ended at 2026-07-01T00:00:00.000Z');
  });

  it('applies on top of the base price, and only the best one', () => {
    const rules = [
      rule({ id: 701, kind: 'segment_price', clientTier: 'gold', fixedPrice: '90.00' }),
      rule({ id: 702, kind: 'promotion', percentOff: '10', ...window }),
      rule({ id: 703, kind: 'promotion', amountOff: '15.00', ...window }),
      rule({ id: 704, kind: 'promotion', amountOff: '5.00', ...window }),
    ];
    const result = priceLine(base({ quantity: 2, rules }));
    // 90 − 10% = 81; 90 − 15 = 75; 90 − 5 = 85: the 15 off wins, and only it.
    expect(result.unitPrice).toBe('75.00');
    expect(result.lineAmount).toBe('150.00');
    expect(result.explanation.basePrice).toBe('90.00');
    expect(result.explanation.appliedRuleIds).toEqual([701, 703]);
    expect(outcomeOf(result, 702)).toMatchObject({ outcome: 'not_best', price: '81.00' });
    expect(outcomeOf(result, 704)).toMatchObject({ outcome: 'not_best', price: '85.00' });
    expect(result.explanation.summary).toBe(
      'list price 100.00; segment price "Rule 701" → 90.00; promotion "Rule 703" → 75.00; unit price 75.00 × 2',
    );
  });

  it('does not apply a fixed promotional price that is above the negotiated price', () => {
    const rules = [
      rule({ id: 801, kind: 'client_price', clientId: 5, fixedPrice: '70.00' }),
      rule({ id: 802, kind: 'promotion', fixedPrice: '79.00', ...window }),
    ];
    const result = priceLine(base({ rules }));
    expect(result.unitPrice).toBe('70.00');
    expect(outcomeOf(result, 802)?.reason).toContain('would not lower the base price (70.00)');
  });

  it('can be limited to a tier like any rule', () => {
    const promotion = rule({
      id: 901,
      kind: 'promotion',
      percentOff: '50',
      clientTier: 'platinum',
      ...window,
    });
    expect(priceLine(base({ rules: [promotion] })).unitPrice).toBe('100.00');
    expect(priceLine(base({ rules: [promotion], client: { id: 5, tier: 'platinum' } })).unitPrice).toBe(
      '50.00',
    );
  });

  it('never takes the price below zero', () => {
    const result = priceLine(
      base({
        listPrice: '10.00',
        rules: [rule({ id: 1001, kind: 'promotion', amountOff: '25.00', ...window })],
      }),
    );
    expect(result.unitPrice).toBe('0.00');
    expect(result.lineAmount).toBe('0.00');
  });
});

describe('targets and tie-breaks', () => {
  it('applies rules to the product, its category, any ancestor category or every product', () => {
    const rules = [
      rule({ id: 1101, kind: 'volume_tier', minQuantity: 1, productId: 8, percentOff: '50' }),
      rule({ id: 1102, kind: 'volume_tier', minQuantity: 1, categoryId: 99, percentOff: '40' }),
      rule({ id: 1103, kind: 'volume_tier', minQuantity: 1, categoryId: 10, percentOff: '5' }),
    ];
    const result = priceLine(base({ rules }));
    expect(result.unitPrice).toBe('95.00');
    expect(outcomeOf(result, 1101)?.reason).toBe('Does not apply: it is for another product');
    expect(outcomeOf(result, 1102)?.reason).toBe('Does not apply: it is for another category');
    expect(outcomeOf(result, 1103)).toMatchObject({ outcome: 'applied', scope: 'category' });
  });

  it('breaks a tie in favour of the most specific rule, then the oldest', () => {
    const rules = [
      rule({ id: 1203, kind: 'segment_price', clientTier: 'gold', fixedPrice: '90.00' }),
      rule({ id: 1202, kind: 'segment_price', clientTier: 'gold', categoryId: 10, fixedPrice: '90.00' }),
      rule({ id: 1201, kind: 'segment_price', clientTier: 'gold', categoryId: 30, fixedPrice: '90.00' }),
    ];
    expect(priceLine(base({ rules })).explanation.appliedRuleIds).toEqual([1201]);
    const allProducts = [
      rule({ id: 1302, kind: 'segment_price', clientTier: 'gold', fixedPrice: '90.00' }),
      rule({ id: 1301, kind: 'segment_price', clientTier: 'gold', fixedPrice: '90.00' }),
    ];
    const result = priceLine(base({ rules: allProducts }));
    expect(result.explanation.appliedRuleIds).toEqual([1301]);
    expect(outcomeOf(result, 1302)?.reason).toContain('equal to "Rule 1301"');
  });

  it('skips a switched-off rule and says so', () => {
    const result = priceLine(
      base({
        rules: [rule({ id: 1401, kind: 'client_price', clientId: 5, fixedPrice: '1.00', isActive: false })],
      }),
    );
    expect(result.unitPrice).toBe('100.00');
    expect(outcomeOf(result, 1401)?.reason).toBe('Does not apply: the rule is switched off');
  });

  it('lists base rules before promotions, each by id, whatever order they come in', () => {
    const window = { startsAt: new Date('2026-01-01T00:00:00Z'), endsAt: new Date('2027-01-01T00:00:00Z') };
    const result = priceLine(
      base({
        rules: [
          rule({ id: 1503, kind: 'promotion', percentOff: '1', ...window }),
          rule({ id: 1502, kind: 'client_price', clientId: 5, fixedPrice: '99.00' }),
          rule({ id: 1501, kind: 'volume_tier', minQuantity: 1, fixedPrice: '98.00' }),
        ],
      }),
    );
    expect(result.explanation.rules.map((item) => item.ruleId)).toEqual([1501, 1502, 1503]);
  });
});

describe('rounding', () => {
  it('rounds a percentage discount half away from zero, to the cent', () => {
    const promotion = (percentOff: string) =>
      rule({
        kind: 'promotion',
        percentOff,
        startsAt: new Date('2026-01-01T00:00:00Z'),
        endsAt: new Date('2027-01-01T00:00:00Z'),
      });
    // 0.05 × 10% = 0.005 off → rounds to 0.01 off.
    expect(priceLine(base({ listPrice: '0.05', rules: [promotion('10')] })).unitPrice).toBe('0.04');
    // 10.00 × 33.33% = 3.333 off → 3.33 off.
    expect(priceLine(base({ listPrice: '10.00', rules: [promotion('33.33')] })).unitPrice).toBe('6.67');
    expect(priceLine(base({ listPrice: '10.00', rules: [promotion('100')] })).unitPrice).toBe('0.00');
  });

  it('keeps line amount = unit price × quantity exactly, and never above list × quantity (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 9_999_999_999n }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        (listCents, quantity, percentHundredths, minQuantity) => {
          const listPrice = formatCents(listCents);
          const percent = formatCents(BigInt(percentHundredths));
          const result = priceLine(
            base({
              listPrice,
              quantity,
              rules: [
                rule({
                  id: 1,
                  kind: 'volume_tier',
                  minQuantity: Math.max(1, minQuantity),
                  percentOff: percent,
                }),
              ],
            }),
          );
          const unit = toCents(result.unitPrice);
          expect(toCents(result.lineAmount)).toBe(unit * BigInt(quantity));
          expect(unit <= listCents).toBe(true);
          expect(unit >= 0n).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
