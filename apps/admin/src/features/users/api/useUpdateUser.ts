import { type ManagedUser, type ManagedUserUpdate, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { userQueryKeys } from './user-resource';

/**
 * Changes an account as it was loaded: the write names the version it started from, so a change someone
 * made in between is reported (412) rather than silently overwritten.
 */
export function useUpdateUser(user: Pick<ManagedUser, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ManagedUserUpdate) =>
      unwrap(
        api.PATCH('/api/users/{id}', {
          params: { path: { id: user.id } },
          body: changes,
          headers: ifMatch(user.version),
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(userQueryKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.lists });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.invitations });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.audit });
      // An admin may have renamed themselves.
      void queryClient.invalidateQueries({ queryKey: ['auth', 'me'] });
    },
  });
}

/** Loads the account again, e.g. after a version conflict. */
export function useReloadUser(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: userQueryKeys.detail(id), exact: true });
}
