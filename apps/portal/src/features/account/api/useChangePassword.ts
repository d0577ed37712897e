import type { PasswordChange } from '@smartcrm/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Changes the password; the server ends every other session of the account, this one goes on. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (change: PasswordChange) => {
      await api.POST('/api/auth/password', { body: change });
    },
  });
}
