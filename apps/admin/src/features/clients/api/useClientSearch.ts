import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

const pickerPageSize = 20;

/** The first clients whose name, contact or email match `q`, for pickers. */
export function useClientSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['clients', 'search', text],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/clients', {
          params: { query: { limit: pickerPageSize, sort: 'companyName', ...(text ? { q: text } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
