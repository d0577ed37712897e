import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  availableActions,
  deriveFulfilmentStatus,
  deriveOrderStatus,
  derivePaymentStatus,
  isLegalTransition,
  isOverdue,
  legalTransitions,
  lifecycleOf,
  outstandingBalance,
} from './order-workflow.util';
import { orderStatuses } from './schema';

describe('payment status', () => {
  it('follows what was paid and refunded against the total', () => {
    const total = 10_000n;
    expect(derivePaymentStatus({ total, paid: 0n, refunded: 0n })).toBe('unpaid');
    expect(derivePaymentStatus({ total, paid: 2_500n, refunded: 0n })).toBe('partially_paid');
    expect(derivePaymentStatus({ total, paid: 10_000n, refunded: 0n })).toBe('paid');
    expect(derivePaymentStatus({ total, paid: 10_000n, refunded: 1n })).toBe('partially_refunded');
    expect(derivePaymentStatus({ total, paid: 10_000n, refunded: 10_000n })).toBe('refunded');
    // Still owed money after a partial refund of a partial payment: the debt is the headline.
    expect(derivePaymentStatus({ total, paid: 5_000n, refunded: 2_000n })).toBe('partially_paid');
    expect(derivePaymentStatus({ total, paid: 5_000n, refunded: 5_000n })).toBe('refunded');
  });

  it('treats a zero total as paid', () => {
    expect(derivePaymentStatus({ total: 0n, paid: 0n, refunded: 0n })).toBe('paid');
  });
});

describe('fulfilment status', () => {
  it('follows shipped quantities and deliveries', () => {
    const lines = (...shipped: number[]) =>
      shipped.map((quantityShipped) => ({ quantity: 2, quantityShipped }));
    expect(deriveFulfilmentStatus(lines(0, 0), false)).toBe('unfulfilled');
    expect(deriveFulfilmentStatus(lines(1, 0), false)).toBe('partially_fulfilled');
    expect(deriveFulfilmentStatus(lines(2, 1), true)).toBe('partially_fulfilled');
    expect(deriveFulfilmentStatus(lines(2, 2), false)).toBe('fulfilled');
    expect(deriveFulfilmentStatus(lines(2, 2), true)).toBe('delivered');
  });
});

describe('order status', () => {
  const open = { lifecycle: 'open' as const };
  it('lets goods moving speak louder than money, and a full refund louder than both', () => {
    expect(deriveOrderStatus({ ...open, paymentStatus: 'unpaid', fulfilmentStatus: 'unfulfilled' })).toBe(
      'confirmed',
    );
    expect(
      deriveOrderStatus({ ...open, paymentStatus: 'partially_paid', fulfilmentStatus: 'unfulfilled' }),
    ).toBe('partially_paid');
    expect(
      deriveOrderStatus({ ...open, paymentStatus: 'partially_refunded', fulfilmentStatus: 'unfulfilled' }),
    ).toBe('paid');
    expect(
      deriveOrderStatus({ ...open, paymentStatus: 'paid', fulfilmentStatus: 'partially_fulfilled' }),
    ).toBe('partially_fulfilled');
    expect(deriveOrderStatus({ ...open, paymentStatus: 'unpaid', fulfilmentStatus: 'delivered' })).toBe(
      'delivered',
    );
    expect(deriveOrderStatus({ ...open, paymentStatus: 'refunded', fulfilmentStatus: 'delivered' })).toBe(
      'refunded',
    );
  });

  it('keeps drafts, cancellations and closed orders where they are', () => {
    expect(
      deriveOrderStatus({ lifecycle: 'draft', paymentStatus: 'unpaid', fulfilmentStatus: 'unfulfilled' }),
    ).toBe('draft');
    expect(
      deriveOrderStatus({
        lifecycle: 'cancelled',
        paymentStatus: 'partially_refunded',
        fulfilmentStatus: 'unfulfilled',
      }),
    ).toBe('cancelled');
    expect(
      deriveOrderStatus({
        lifecycle: 'cancelled',
        paymentStatus: 'refunded',
        fulfilmentStatus: 'unfulfilled',
      }),
    ).toBe('refunded');
    expect(
      deriveOrderStatus({ lifecycle: 'closed', paymentStatus: 'paid', fulfilmentStatus: 'delivered' }),
    ).toBe('closed');
  });

  it('reads the lifecycle from the stored status', () => {
    expect(lifecycleOf({ status: 'draft', cancelledAt: null })).toBe('draft');
    expect(lifecycleOf({ status: 'delivered', cancelledAt: null })).toBe('open');
    expect(lifecycleOf({ status: 'refunded', cancelledAt: new Date() })).toBe('cancelled');
    expect(lifecycleOf({ status: 'refunded', cancelledAt: null })).toBe('open');
  });
});

describe('transitions', () => {
  it('allows exactly the edges of the state machine', () => {
    expect(isLegalTransition('draft', 'confirmed')).toBe(true);
    expect(isLegalTransition('paid', 'paid')).toBe(true);
    expect(isLegalTransition('draft', 'delivered')).toBe(false);
    expect(isLegalTransition('delivered', 'confirmed')).toBe(false);
    expect(isLegalTransition('paid', 'refunded')).toBe(false);
    expect(legalTransitions.closed).toEqual([]);
    // Every edge names real statuses, and nothing leads back to draft.
    for (const [from, targets] of Object.entries(legalTransitions)) {
      expect(orderStatuses).toContain(from);
      expect(targets).not.toContain('draft');
    }
  });

  it('refuses an action from the wrong status, naming from, to and the action', () => {
    expect(() => assertTransition('confirm', 'draft', 'confirmed')).not.toThrow();
    try {
      assertTransition('cancel', 'fulfilled', 'cancelled');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'illegal_transition',
        status: 409,
        extensions: { from: 'fulfilled', to: 'cancelled', action: 'cancel' },
      });
      expect((error as Error).message).toBe('Cannot cancel an order from fulfilled to cancelled');
    }
    // A full refund of an unshipped order would strand its reserved stock: cancel first.
    expect(() => assertTransition('record_refund', 'paid', 'refunded')).toThrow(/from paid to refunded/);
  });

  it('offers the actions the status admits and the balances allow', () => {
    expect(availableActions('draft')).toEqual(['edit', 'delete', 'confirm', 'cancel']);
    expect(availableActions('closed')).toEqual([]);
    expect(availableActions('delivered', { owed: 100n, refundable: 0n })).toEqual([
      'record_payment',
      'return_items',
    ]);
    expect(availableActions('delivered', { owed: 0n, refundable: 100n })).toEqual([
      'record_refund',
      'return_items',
      'close',
    ]);
  });
});

describe('balances', () => {
  const order = { status: 'partially_paid' as const, total: 10_000n, paid: 4_000n, dueDate: '2025-03-31' };
  it('owes the total less what was paid while the order is live', () => {
    expect(outstandingBalance(order)).toBe(6_000n);
    expect(outstandingBalance({ ...order, status: 'draft' })).toBe(0n);
    expect(outstandingBalance({ ...order, status: 'cancelled' })).toBe(0n);
  });

  it('is overdue only after the due date and only while money is owed', () => {
    expect(isOverdue(order, '2025-03-31')).toBe(false);
    expect(isOverdue(order, '2025-04-01')).toBe(true);
    expect(isOverdue({ ...order, paid: 10_000n, status: 'paid' }, '2025-04-01')).toBe(false);
    expect(isOverdue({ ...order, dueDate: null }, '2030-01-01')).toBe(false);
  });
});
