import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { workforceQueryKeys } from '../../employees/api/workforce-types';

/** Every department as a tree with headcounts; small enough to load whole (one per team). */
export function useDepartmentTree() {
  return useQuery({
    queryKey: workforceQueryKeys.departmentTree,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/departments/tree', { signal }))).roots,
  });
}
