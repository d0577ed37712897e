import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRate, toCents } from '../platform/money/money.util';
import { lineAmounts, parseRate, pickOutcome, replayOrder } from './order-plan.util';
import { createRandom } from './seed-random.util';

describe('lineAmounts', () => {
  it('matches the money utility’s rates: discount on the subtotal, tax on what is left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (priceCents, quantity, discountHundredths, taxTenThousandths) => {
          const discountText = `${Math.floor(discountHundredths / 100)}.${String(discountHundredths % 100).padStart(2, '0')}`;
          const taxText = `0.${String(taxTenThousandths).padStart(4, '0')}`.replace('0.10000', '1.0000');
          const amounts = lineAmounts({
            unitPrice: BigInt(priceCents),
            quantity,
            discount: parseRate(discountText, 'percent'),
            taxRate: parseRate(taxText, 'fraction'),
          });
          const subtotal = BigInt(priceCents) * BigInt(quantity);
          const discount = applyRate(subtotal, discountText, { percent: true });
          const tax = applyRate(subtotal - discount, taxText);
          expect(amounts).toEqual({ subtotal, discount, tax, total: subtotal - discount + tax });
        },
      ),
    );
  });

  it('rounds half a cent away from zero', () => {
    // 0.05 × 10 % = 0.005 → 0.01; 0.10 × 5 % tax = 0.005 → 0.01
    const amounts = lineAmounts({
      unitPrice: toCents('0.05'),
      quantity: 1,
      discount: parseRate('10.00', 'percent'),
      taxRate: parseRate('0.0500', 'fraction'),
    });
    expect(amounts).toEqual({ subtotal: 5n, discount: 1n, tax: 0n, total: 4n });
  });
});

describe('replayOrder', () => {
  it('derives each status from the events in time order, as the workflow would', () => {
    const placedAt = 0;
    const replayed = replayOrder({
      placedAt,
      total: 10_000n,
      quantities: [2, 1],
      events: [
        { kind: 'close', at: 9 },
        { kind: 'deliver', at: 6, shipment: 0 },
        { kind: 'confirm', at: 1 },
        { kind: 'payment', at: 2, amount: 4_000n },
        { kind: 'ship', at: 3, quantities: [2, 0] },
        { kind: 'payment', at: 4, amount: 6_000n },
        { kind: 'ship', at: 5, quantities: [0, 1] },
        { kind: 'deliver', at: 7, shipment: 1 },
        { kind: 'refund', at: 8, amount: 500n },
      ],
    });
    expect(replayed.history.map((change) => change.to)).toEqual([
      'draft',
      'confirmed',
      'partially_paid',
      'partially_fulfilled',
      'fulfilled',
      'delivered',
      'closed',
    ]);
    expect(replayed).toMatchObject({
      status: 'closed',
      paymentStatus: 'partially_refunded',
      fulfilmentStatus: 'delivered',
      paid: 10_000n,
      refunded: 500n,
      shipped: [2, 1],
    });
  });

  it('calls an order refunded once all its money went back after a cancellation', () => {
    const replayed = replayOrder({
      placedAt: 0,
      total: 2_500n,
      quantities: [1],
      events: [
        { kind: 'confirm', at: 1 },
        { kind: 'payment', at: 2, amount: 2_500n },
        { kind: 'cancel', at: 3 },
        { kind: 'refund', at: 4, amount: 2_500n },
      ],
    });
    expect(replayed.history.map((change) => change.to)).toEqual([
      'draft',
      'confirmed',
      'paid',
      'cancelled',
      'refunded',
    ]);
    expect(replayed.paymentStatus).toBe('refunded');
  });
});

describe('pickOutcome', () => {
  it('never has a day-old order delivered or closed, nor a year-old one still waiting', () => {
    const random = createRandom(1);
    const young = new Set(Array.from({ length: 500 }, () => pickOutcome(0.5, random)));
    const old = new Set(Array.from({ length: 500 }, () => pickOutcome(365, random)));
    expect([...young].some((status) => ['delivered', 'closed', 'fulfilled'].includes(status))).toBe(false);
    expect(
      [...old].some((status) => ['confirmed', 'paid', 'partially_paid', 'fulfilled'].includes(status)),
    ).toBe(false);
    expect(old.has('closed')).toBe(true);
  });
});
