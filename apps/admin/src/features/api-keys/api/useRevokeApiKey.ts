import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { apiKeyQueryKeys } from './api-key-types';

/** Revokes one of the user's keys: every integration using it is refused from then on. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await api.DELETE('/api/api-keys/{id}', { params: { path: { id } } });
    },
    // Also after a failure: a 404 means the key was revoked elsewhere, which the list should show.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: apiKeyQueryKeys.all });
      void queryClient.invalidateQueries({ queryKey: apiKeyQueryKeys.audit });
    },
  });
}
