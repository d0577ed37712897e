import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { workforceQueryKeys } from '../../employees/api/workforce-types';

const pickerPageSize = 20;

/** The first skills whose name matches `q`, for pickers. */
export function useSkillSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: workforceQueryKeys.skillSearch(text),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/skills', {
          params: { query: { limit: pickerPageSize, sort: 'name', ...(text ? { q: text } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
