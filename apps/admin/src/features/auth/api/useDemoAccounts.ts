import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** Demo sign-in accounts, offered on the sign-in page only when the server runs in demo mode. */
export function useDemoAccounts() {
  return useQuery({
    queryKey: ['auth', 'demo'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/auth/demo', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
