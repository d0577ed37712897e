import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { workforceQueryKeys } from '../../employees/api/workforce-types';

/** One skill; nothing is fetched for NaN. */
export function useSkill(id: number) {
  return useQuery({
    queryKey: workforceQueryKeys.skill(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/skills/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
