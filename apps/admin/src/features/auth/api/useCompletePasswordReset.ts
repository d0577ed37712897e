import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Sets a new password with the token from a reset link; the account's sessions all end. */
export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: async (input: { token: string; password: string }) => {
      await api.POST('/api/auth/password-reset/complete', { body: input });
    },
  });
}
