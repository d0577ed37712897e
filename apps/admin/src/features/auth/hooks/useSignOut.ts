import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionStore } from './session-store';

/** Forgets the token and every cached response, so the next user starts clean. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    sessionStore.end('signed-out');
    queryClient.clear();
  }, [queryClient]);
}
