import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { apiKeyQueryKeys, type NewApiKey } from './api-key-types';

/** Creates a key; the answer holds the key itself, which the server never shows again. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewApiKey) => unwrap(api.POST('/api/api-keys', { body })),
    // The key must not linger in the mutation cache once nobody shows it.
    gcTime: 0,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: apiKeyQueryKeys.all });
      void queryClient.invalidateQueries({ queryKey: apiKeyQueryKeys.audit });
    },
  });
}
