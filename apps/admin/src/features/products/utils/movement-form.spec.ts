import { describe, expect, it } from 'vitest';
import { movementFormProblems, toNewMovement } from './movement-form';

describe('movementFormProblems', () => {
  it('accepts a receipt without a reason', () => {
    expect(movementFormProblems({ kind: 'receipt', quantity: 12, reason: '' })).toEqual({});
  });

  it('wants receipts and returns to add units', () => {
    expect(movementFormProblems({ kind: 'receipt', quantity: -3, reason: '' })).toEqual({
      quantity: 'positive',
    });
    expect(movementFormProblems({ kind: 'return', quantity: 0, reason: '' })).toEqual({
      quantity: 'positive',
    });
  });

  it('takes a signed adjustment, but never 0 and never without a reason', () => {
    expect(movementFormProblems({ kind: 'adjustment', quantity: -4, reason: 'Counted' })).toEqual({});
    expect(movementFormProblems({ kind: 'adjustment', quantity: 0, reason: ' ' })).toEqual({
      quantity: 'nonZero',
      reason: 'reasonRequired',
    });
  });

  it('wants a whole number', () => {
    expect(movementFormProblems({ kind: 'receipt', quantity: '', reason: '' })).toEqual({
      quantity: 'required',
    });
    expect(movementFormProblems({ kind: 'receipt', quantity: 1.5, reason: '' })).toEqual({
      quantity: 'wholeNumber',
    });
  });
});

describe('toNewMovement', () => {
  it('sends the reason only when there is one', () => {
    expect(toNewMovement({ kind: 'receipt', quantity: '5', reason: '  ' })).toEqual({
      kind: 'receipt',
      quantity: 5,
    });
    expect(toNewMovement({ kind: 'adjustment', quantity: -2, reason: ' Damaged ' })).toEqual({
      kind: 'adjustment',
      quantity: -2,
      reason: 'Damaged',
    });
  });
});
