import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Sets the first password of an invited account with the token from its invitation link. */
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: async (input: { token: string; password: string }) => {
      await api.POST('/api/auth/invitation/accept', { body: input });
    },
  });
}
