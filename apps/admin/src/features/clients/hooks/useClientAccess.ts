import type { Client } from '@smartcrm/api-client';
import { useSession } from '../../auth/hooks/useSession';
import { type ClientAccess, canChangeClient, clientAccess } from '../utils/client-access';

/** The signed-in user, what their role may do with clients, and whether they may change a given client. */
export function useClientAccess(): {
  user:
    | { id: number; role: NonNullable<ReturnType<typeof useSession>['session']>['user']['role'] }
    | undefined;
  access: ClientAccess;
  canChange: (client: Pick<Client, 'ownerUserId'>) => boolean;
} {
  const { session } = useSession();
  const user = session?.user;
  return {
    user,
    access: clientAccess(user?.role),
    canChange: (client) => canChangeClient(user, client),
  };
}
