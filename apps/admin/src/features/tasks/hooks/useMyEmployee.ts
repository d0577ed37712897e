import { useSession } from '../../auth/hooks/useSession';
import { useStaffMember } from '../../clients/api/useStaff';

/**
 * The signed-in user's employee record, which tasks are assigned to; null when the account has none
 * (or while it is looked up: see `isPending`).
 */
export function useMyEmployee() {
  const { session } = useSession();
  const me = useStaffMember(session?.user.id ?? null);
  const employeeId = me.data?.employeeId ?? null;
  return {
    employee: employeeId === null ? null : { id: employeeId },
    isPending: me.isPending && me.fetchStatus !== 'idle',
  };
}
