import { describe, expect, it } from 'vitest';
import { assertCanChangeOwnedRecord, canChangeOwnedRecord } from './ownership';
import type { AuthenticatedUser } from './tokens';

const user = (role: AuthenticatedUser['role'], id = 7): AuthenticatedUser => ({
  id,
  email: `${role}@example.com`,
  role,
  clientId: null,
  sessionId: null,
});

describe('ownership of clients and orders', () => {
  it('lets a sales user change only their own or unowned records', () => {
    expect(canChangeOwnedRecord(user('sales'), 7)).toBe(true);
    expect(canChangeOwnedRecord(user('sales'), null)).toBe(true);
    expect(canChangeOwnedRecord(user('sales'), 8)).toBe(false);
    expect(() => assertCanChangeOwnedRecord(user('sales'), 8, 'client')).toThrow(/another account manager/);
  });

  it('leaves managers and admins to their permissions', () => {
    expect(canChangeOwnedRecord(user('manager'), 8)).toBe(true);
    expect(canChangeOwnedRecord(user('admin'), 8)).toBe(true);
  });
});
