import { useSession } from '../../auth/hooks/useSession';
import { useStaffDirectory } from '../../clients/api/useStaffDirectory';

/**
 * The signed-in user's employee record, which tasks are assigned to; null when the account has none
 * (or while the directory loads: see `isPending`).
 */
export function useMyEmployee() {
  const { session } = useSession();
  const directory = useStaffDirectory();
  const userId = session?.user.id;
  return {
    employee: userId === undefined ? null : (directory.byUserId.get(userId) ?? null),
    isPending: directory.isPending,
  };
}
