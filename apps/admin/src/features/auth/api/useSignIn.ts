import { type LoginRequest, unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { sessionStore } from '../hooks/session-store';

export class StaffOnlyError extends Error {
  constructor() {
    super('staff only');
    this.name = 'StaffOnlyError';
  }
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: LoginRequest) => {
      const result = await unwrap(api.POST('/api/auth/login', { body: credentials }));
      // The dashboard is for staff; customers have the portal. The token is simply not kept.
      if (result.user.role === 'customer') throw new StaffOnlyError();
      return result;
    },
    onSuccess: (result) => {
      queryClient.clear();
      sessionStore.start(result);
    },
  });
}
