import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLineAmounts, computeOrderAmounts, fitsStorage } from './order-totals.util';

// Random lines are generated as integers (cents, hundredths of a percent, ten-thousandths of a rate) and
// only then written as the decimal strings the code under test takes, so the oracle below never parses.
const lineArbitrary = fc.record({
  priceCents: fc.bigInt({ min: 0n, max: 9_999_999n }),
  quantity: fc.integer({ min: 1, max: 1_000 }),
  discountHundredths: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
  taxTenThousandths: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
});
type GeneratedLine = typeof lineArbitrary extends fc.Arbitrary<infer T> ? T : never;

const decimal = (units: bigint | number, places: number) => {
  const digits = String(units).padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
};

const toInput = (line: GeneratedLine) => ({
  unitPrice: decimal(line.priceCents, 2),
  quantity: line.quantity,
  discountPercent: decimal(line.discountHundredths, 2),
  taxRate: decimal(line.taxTenThousandths, 4),
});

// Independent oracle: quotient and remainder, rounding up when the remainder is at least half.
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient;
}

function oracleLine(line: GeneratedLine) {
  const subtotal = line.priceCents * BigInt(line.quantity);
  const discount = roundHalfUp(subtotal * BigInt(line.discountHundredths), 10_000n);
  const tax = roundHalfUp((subtotal - discount) * BigInt(line.taxTenThousandths), 10_000n);
  return { subtotal, discount, tax, total: subtotal - discount + tax };
}

describe('order totals', () => {
  it('rounds each line once per step, half away from zero, tax on the discounted amount', () => {
    // 3 × 3.33 = 9.99; 15 % off = 1.4985 → 1.50; 8.25 % tax on 8.49 = 0.700425 → 0.70
    expect(
      computeLineAmounts({ unitPrice: '3.33', quantity: 3, discountPercent: '15', taxRate: '0.0825' }),
    ).toEqual({ subtotal: 999n, discount: 150n, tax: 70n, total: 919n });
    // A half cent of tax rounds up: 10 % of 0.05 = 0.005 → 0.01
    expect(
      computeLineAmounts({ unitPrice: '0.05', quantity: 1, discountPercent: '0', taxRate: '0.1' }).tax,
    ).toBe(1n);
  });

  it('adds the rounded lines, so the lines always sum to the order', () => {
    const order = computeOrderAmounts([
      { unitPrice: '0.10', quantity: 3, discountPercent: '0', taxRate: '0' },
      { unitPrice: '0.20', quantity: 1, discountPercent: '0', taxRate: '0' },
    ]);
    expect(order.total).toBe(50n); // never 0.5000000000000001
  });

  it('is exact to the cent across 10,000 random orders', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { minLength: 1, maxLength: 20 }), (lines) => {
        const order = computeOrderAmounts(lines.map(toInput));
        const expected = lines.map(oracleLine);
        expect(order.lines).toEqual(expected);
        const sum = (pick: (line: (typeof expected)[number]) => bigint) =>
          expected.reduce((total, line) => total + pick(line), 0n);
        expect(order.subtotal).toBe(sum((line) => line.subtotal));
        expect(order.discount).toBe(sum((line) => line.discount));
        expect(order.tax).toBe(sum((line) => line.tax));
        expect(order.total).toBe(sum((line) => line.total));
        expect(order.total).toBe(order.subtotal - order.discount + order.tax);
        expect(order.discount <= order.subtotal && order.tax >= 0n).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses quantities that are not positive integers and amounts with fractions of a cent', () => {
    const line = { unitPrice: '1.00', quantity: 1, discountPercent: '0', taxRate: '0' };
    expect(() => computeLineAmounts({ ...line, quantity: 0 })).toThrow(RangeError);
    expect(() => computeLineAmounts({ ...line, quantity: 1.5 })).toThrow(RangeError);
    expect(() => computeLineAmounts({ ...line, unitPrice: '1.001' })).toThrow(RangeError);
  });

  it('knows when a total no longer fits numeric(12,2)', () => {
    const line = { unitPrice: '99999999.99', quantity: 100_000, discountPercent: '0', taxRate: '0' };
    expect(fitsStorage(computeOrderAmounts([line]))).toBe(false);
    expect(fitsStorage(computeOrderAmounts([{ ...line, quantity: 1 }]))).toBe(true);
  });
});
