import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Asks for a reset link; the server answers the same whether or not the email has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: async (email: string) => {
      await api.POST('/api/auth/password-reset', { body: { email } });
    },
  });
}
