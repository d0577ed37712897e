import type { PasswordChange } from '@smartcrm/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Changes the password; the user's other sessions end, this one goes on. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: PasswordChange) => {
      await api.POST('/api/auth/password', { body });
    },
  });
}
