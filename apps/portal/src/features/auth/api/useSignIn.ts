import { type LoginRequest, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { sessionStore } from '../hooks/session-store';
import { isCustomer } from '../utils/customer-access';
import { endSessionOnServer } from './session-requests';

/** Thrown when a staff account signs in on the portal; they belong on the admin dashboard. */
export class StaffAccountError extends Error {
  constructor() {
    super('staff account');
    this.name = 'StaffAccountError';
  }
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Omit<LoginRequest, 'refreshTokenIn' | 'app'>) => {
      const result = await unwrap(
        api.POST('/api/auth/login', { body: { ...credentials, refreshTokenIn: 'cookie', app: 'portal' } }),
      );
      if (!isCustomer(result.user)) {
        // Ended at once, so no staff refresh cookie lingers on the portal; should that fail, the
        // start-up refresh ends it instead.
        await endSessionOnServer().catch(() => undefined);
        throw new StaffAccountError();
      }
      return result;
    },
    onSuccess: (result) => {
      queryClient.clear();
      sessionStore.start(result);
    },
  });
}
