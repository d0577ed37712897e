/** The wording of each way an account manager can be named, in the user's language. */
export type OwnerLabelText = {
  none: string;
  you: string;
  youNamed: (name: string) => string;
  unknown: (id: number) => string;
};

/**
 * How an account manager is shown: nobody, the signed-in user as themselves, a name as the API gives it,
 * or the account's number when the name is not known (an account that is gone).
 */
export function ownerLabel(
  owner: { userId: number | null; name: string | null },
  currentUserId: number | undefined,
  text: OwnerLabelText,
): string {
  if (owner.userId === null) return text.none;
  if (owner.userId === currentUserId) return owner.name ? text.youNamed(owner.name) : text.you;
  return owner.name ?? text.unknown(owner.userId);
}
