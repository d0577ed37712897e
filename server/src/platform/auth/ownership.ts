import { AppError } from '../http/errors';
import type { AuthenticatedUser } from './tokens';

/**
 * Sales users work their own book: they may read every client and order, but change only those they
 * own, or that nobody owns yet. Managers and admins change anything their permissions allow.
 */
export function canChangeOwnedRecord(user: AuthenticatedUser, ownerUserId: number | null): boolean {
  if (user.role !== 'sales') return true;
  return ownerUserId === null || ownerUserId === user.id;
}

export function assertCanChangeOwnedRecord(
  user: AuthenticatedUser,
  ownerUserId: number | null,
  resource: string,
): void {
  if (!canChangeOwnedRecord(user, ownerUserId)) {
    throw new AppError('not_owner', 403, `This ${resource} belongs to another account manager`);
  }
}
