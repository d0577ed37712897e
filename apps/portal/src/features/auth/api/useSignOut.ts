import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionStore } from '../hooks/session-store';
import { endSessionOnServer } from './session-requests';

/** Ends this session on the server, then forgets the token and every cached response. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSessionOnServer,
    onSuccess: () => {
      sessionStore.end('signed-out');
      queryClient.clear();
    },
  });
}
