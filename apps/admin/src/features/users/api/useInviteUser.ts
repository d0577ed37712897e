import { type UserInvitationRequest, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { userQueryKeys } from './user-resource';

/** Creates the account (without a password) and returns it with its invitation link. */
export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserInvitationRequest) => unwrap(api.POST('/api/users', { body })),
    // The new account is not cached as its detail: accepting the invitation changes it before anyone looks.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.lists });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.invitations });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.audit });
    },
  });
}
