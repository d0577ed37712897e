import { type LoginRequest, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { sessionStore } from '../hooks/session-store';
import { isStaffRole } from '../utils/staff-access';
import { endSessionOnServer } from './session-requests';

export class StaffOnlyError extends Error {
  constructor() {
    super('staff only');
    this.name = 'StaffOnlyError';
  }
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Omit<LoginRequest, 'refreshTokenIn' | 'app'>) => {
      const result = await unwrap(
        api.POST('/api/auth/login', { body: { ...credentials, refreshTokenIn: 'cookie', app: 'admin' } }),
      );
      if (!isStaffRole(result.user.role)) {
        // Customers have the portal. Their session is ended at once, so no refresh cookie lingers here;
        // should that fail, the start-up refresh turns the customer away again.
        await endSessionOnServer().catch(() => undefined);
        throw new StaffOnlyError();
      }
      return result;
    },
    onSuccess: (result) => {
      queryClient.clear();
      sessionStore.start(result);
    },
  });
}
