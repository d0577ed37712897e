import { useSession } from '../../auth/hooks/useSession';
import { canManageWorkforce } from '../utils/workforce-permissions';

/** Whether the signed-in user may change employees, departments and skills (admins and managers). */
export function useCanManageWorkforce(): boolean {
  const { session } = useSession();
  return canManageWorkforce(session?.user.role);
}
