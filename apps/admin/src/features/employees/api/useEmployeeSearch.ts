import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { workforceQueryKeys } from './workforce-types';

const pickerPageSize = 20;

/** The first employees whose name or email match `q`, for pickers. */
export function useEmployeeSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: workforceQueryKeys.employeeSearch(text),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/employees', {
          params: { query: { limit: pickerPageSize, sort: 'name', ...(text ? { q: text } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
