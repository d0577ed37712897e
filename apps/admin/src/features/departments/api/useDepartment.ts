import { unwrap } from '@smartcrm/api-client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { workforceQueryKeys } from '../../employees/api/workforce-types';

/** One department with its parents, head and sub-departments; nothing is fetched for NaN. */
export function useDepartment(id: number) {
  return useQuery({
    queryKey: workforceQueryKeys.department(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/departments/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Loads the department again, e.g. after a version conflict. */
export function useReloadDepartment(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: workforceQueryKeys.department(id), exact: true });
}
