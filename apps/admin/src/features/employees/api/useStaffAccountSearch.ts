import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

const pickerPageSize = 20;

/**
 * Active accounts whose name or email match `q`, for linking one to an employee. Listing accounts needs
 * `users:read`, which only administrators hold: call it only for them.
 */
export function useStaffAccountSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['users', 'search', 'active', text],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/users', {
          params: { query: { limit: pickerPageSize, isActive: 'true', ...(text ? { q: text } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
