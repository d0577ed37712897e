import { describe, expect, it } from 'vitest';
import type { OrderDetail } from '../api/order-types';
import {
  emptyLine,
  emptyOrderForm,
  type OrderFormValues,
  orderFormValues,
  sameOrder,
  toOrderBody,
  toQuoteRequest,
  validateOrderForm,
} from './order-form';

const line = (overrides: Partial<ReturnType<typeof emptyLine>>) => ({ ...emptyLine(), ...overrides });

const filled: OrderFormValues = {
  clientId: 4,
  lines: [
    line({ productId: 10, productName: 'Widget', quantity: 3, discountPercent: '5', taxPercent: '8.25' }),
    line({ productId: 11, productName: 'Gadget', quantity: 1 }),
  ],
  dueDate: '2026-12-01',
  notes: '  Deliver to the side door  ',
};

describe('validateOrderForm', () => {
  it('accepts a complete order', () => {
    expect(validateOrderForm(filled)).toEqual({});
  });

  it('names the client, each incomplete line field and bad percentages', () => {
    const errors = validateOrderForm({
      ...emptyOrderForm(),
      lines: [line({ quantity: 0, discountPercent: '120', taxPercent: 'abc' })],
    });
    expect(errors).toEqual({
      client: 'clientRequired',
      'lines.0.product': 'productRequired',
      'lines.0.quantity': 'quantityInvalid',
      'lines.0.discountPercent': 'discountInvalid',
      'lines.0.taxPercent': 'taxInvalid',
    });
  });

  it('wants at least one line', () => {
    expect(validateOrderForm({ ...filled, lines: [] })).toEqual({ lines: 'linesRequired' });
  });
});

describe('toOrderBody', () => {
  it('sends decimal strings, the tax rate as a fraction, and empty optional fields as null', () => {
    expect(toOrderBody(filled)).toEqual({
      clientId: 4,
      items: [
        { productId: 10, quantity: 3, discountPercent: '5', taxRate: '0.0825' },
        { productId: 11, quantity: 1, discountPercent: '0', taxRate: '0' },
      ],
      dueDate: '2026-12-01',
      notes: 'Deliver to the side door',
    });
    expect(toOrderBody({ ...filled, dueDate: '', notes: ' ' })).toMatchObject({ dueDate: null, notes: null });
  });
});

describe('toQuoteRequest', () => {
  it('prices only complete lines and remembers which form line each answer belongs to', () => {
    const values = {
      clientId: 4,
      lines: [
        filled.lines[0],
        line({ productId: null }),
        line({ productId: 12, quantity: '' as const }),
        filled.lines[1],
      ],
    } as OrderFormValues;
    const quote = toQuoteRequest(values);
    expect(quote?.request).toEqual({
      clientId: 4,
      lines: [
        { productId: 10, quantity: 3 },
        { productId: 11, quantity: 1 },
      ],
    });
    expect(quote?.lineKeys).toEqual([filled.lines[0]?.key, filled.lines[1]?.key]);
  });

  it('quotes list prices without a client, and nothing without a line', () => {
    expect(toQuoteRequest({ ...filled, clientId: null })?.request).not.toHaveProperty('clientId');
    expect(toQuoteRequest(emptyOrderForm())).toBeNull();
  });
});

describe('orderFormValues', () => {
  it('fills the form from a draft, with stored rates shown as typed', () => {
    const draft = {
      clientId: 4,
      dueDate: null,
      notes: null,
      items: [
        {
          productId: 10,
          productName: 'Widget',
          sku: 'W-1',
          quantity: 3,
          discountPercent: '5.00',
          taxRate: '0.0825',
        },
      ],
    } as unknown as OrderDetail;
    const values = orderFormValues(draft);
    expect(values).toMatchObject({
      clientId: 4,
      dueDate: '',
      notes: '',
      lines: [
        {
          productId: 10,
          productName: 'Widget',
          sku: 'W-1',
          quantity: 3,
          discountPercent: '5',
          taxPercent: '8.25',
        },
      ],
    });
    expect(sameOrder(values, orderFormValues(draft))).toBe(true);
    expect(sameOrder(values, { ...values, notes: 'x' })).toBe(false);
  });
});
