import type { ManualMovementKind, NewMovement } from '../api/product-types';

export type MovementFormValues = { kind: ManualMovementKind; quantity: number | string; reason: string };

export type MovementFieldProblem = 'required' | 'wholeNumber' | 'positive' | 'nonZero' | 'reasonRequired';

/**
 * What the ledger accepts by hand: receipts and returns add units (positive); an adjustment corrects a
 * stock count either way (signed, not 0) and must say why.
 */
export function movementFormProblems(
  values: MovementFormValues,
): Partial<Record<'quantity' | 'reason', MovementFieldProblem>> {
  const problems: Partial<Record<'quantity' | 'reason', MovementFieldProblem>> = {};
  const quantity = Number(values.quantity);
  if (values.quantity === '') problems.quantity = 'required';
  else if (!Number.isSafeInteger(quantity)) problems.quantity = 'wholeNumber';
  else if (values.kind === 'adjustment' && quantity === 0) problems.quantity = 'nonZero';
  else if (values.kind !== 'adjustment' && quantity <= 0) problems.quantity = 'positive';
  if (values.kind === 'adjustment' && !values.reason.trim()) problems.reason = 'reasonRequired';
  return problems;
}

export function toNewMovement(values: MovementFormValues): NewMovement {
  const reason = values.reason.trim();
  return { kind: values.kind, quantity: Number(values.quantity), ...(reason ? { reason } : {}) };
}
