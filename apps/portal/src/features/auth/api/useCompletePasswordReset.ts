import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Sets a new password with a reset link's token; the server ends every session of the account. */
export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: async (reset: { token: string; password: string }) => {
      await api.POST('/api/auth/password-reset/complete', { body: reset });
    },
  });
}
