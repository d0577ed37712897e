import { unwrap } from '@smartcrm/api-client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { workforceQueryKeys } from './workforce-types';

/** One employee with department path, manager, skills and direct reports; nothing is fetched for NaN. */
export function useEmployee(id: number) {
  return useQuery({
    queryKey: workforceQueryKeys.employee(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/employees/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Loads the employee again, e.g. after a version conflict. */
export function useReloadEmployee(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.refetchQueries({ queryKey: workforceQueryKeys.employee(id), exact: true });
}
