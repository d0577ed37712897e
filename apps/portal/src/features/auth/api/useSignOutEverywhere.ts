import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { sessionStore } from '../hooks/session-store';

/** Ends every session of the customer, on every device (this one included), then forgets everything here. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.POST('/api/auth/logout-all');
    },
    onSuccess: () => {
      sessionStore.end('signed-out');
      queryClient.clear();
    },
  });
}
