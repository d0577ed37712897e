import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Confirms a new account's email with the token from its verification link; each token works once. */
export function useVerifyEmail() {
  return useMutation({
    mutationFn: async (token: string) => {
      await api.POST('/api/auth/verify-email', { body: { token } });
    },
  });
}
