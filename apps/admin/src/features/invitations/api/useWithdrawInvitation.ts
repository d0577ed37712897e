import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { userQueryKeys } from '../../users/api/user-resource';

/** Withdraws an invitation: the account waiting for it is removed and every link sent for it stops working. */
export function useWithdrawInvitation(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/invitations/{userId}', { params: { path: { userId } } });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: userQueryKeys.detail(userId), exact: true });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.lists });
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.audit });
    },
    // Also after a failure: a 409 or 404 means the invitation was accepted or removed meanwhile.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: userQueryKeys.invitations });
    },
  });
}
