import { describe, expect, it } from 'vitest';
import { ownerLabel } from './owner-label';

const text = {
  none: 'Nobody',
  you: 'You',
  youNamed: (name: string) => `${name} (you)`,
  unknown: (id: number) => `User #${id}`,
};

describe('ownerLabel', () => {
  it('names the owner as the API gives it, and nobody without one', () => {
    expect(ownerLabel({ userId: 4, name: 'Sam Seller' }, 9, text)).toBe('Sam Seller');
    expect(ownerLabel({ userId: null, name: null }, 9, text)).toBe('Nobody');
  });

  it('marks the signed-in user as themselves, with their name when there is one', () => {
    expect(ownerLabel({ userId: 9, name: 'Mia Manager' }, 9, text)).toBe('Mia Manager (you)');
    expect(ownerLabel({ userId: 9, name: null }, 9, text)).toBe('You');
  });

  it('falls back to the account number when the name is unknown', () => {
    expect(ownerLabel({ userId: 4, name: null }, 9, text)).toBe('User #4');
    expect(ownerLabel({ userId: 4, name: null }, undefined, text)).toBe('User #4');
  });
});
