import type { Invitation } from '../api/invitation-resource';

/** Keys an invitation by the account waiting for it: an invitation has no id of its own. */
export function toInvitationRow<Item extends { user: { id: number } }>(
  invitation: Item,
): Item & { id: number } {
  return { ...invitation, id: invitation.user.id };
}

/** How a person is named in sentences: `Nora Newcomer (nora@example.com)`, or the email alone. */
export function inviteeName(user: Pick<Invitation['user'], 'name' | 'email'>): string {
  return user.name ? `${user.name} (${user.email})` : user.email;
}
