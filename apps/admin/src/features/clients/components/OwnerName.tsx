import { useOwnerLabel } from '../hooks/useOwnerLabel';

export type OwnerNameProps = {
  userId: number | null;
  /** The name the API gives with the owner (`ownerName`). */
  name: string | null;
};

/** The account manager, named as the client record gives them; "you" for the signed-in user. */
export function OwnerName({ userId, name }: OwnerNameProps) {
  return useOwnerLabel()({ userId, name });
}
