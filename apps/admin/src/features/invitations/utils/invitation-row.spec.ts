import { describe, expect, it } from 'vitest';
import { inviteeName, toInvitationRow } from './invitation-row';

describe('toInvitationRow', () => {
  it('keys an invitation by the account waiting for it', () => {
    const invitation = { user: { id: 42, email: 'nora@example.com' }, status: 'pending' };
    expect(toInvitationRow(invitation)).toEqual({ ...invitation, id: 42 });
  });
});

describe('inviteeName', () => {
  it('names the person with their email, or by email alone', () => {
    expect(inviteeName({ name: 'Nora Newcomer', email: 'nora@example.com' })).toBe(
      'Nora Newcomer (nora@example.com)',
    );
    expect(inviteeName({ name: null, email: 'nora@example.com' })).toBe('nora@example.com');
  });
});
