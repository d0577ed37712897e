import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../api/client';
import { sessionStore } from '../hooks/session-store';

export const currentUserKey = ['auth', 'me'] as const;

/** Re-reads the signed-in user from the server, so a restored session shows current details (or ends on 401). */
export function useCurrentUser(enabled: boolean) {
  const query = useQuery({
    queryKey: currentUserKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/auth/me', { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
  useEffect(() => {
    if (query.data) sessionStore.updateUser(query.data);
  }, [query.data]);
  return query;
}
