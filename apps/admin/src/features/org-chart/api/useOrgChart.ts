import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type OrgChartQuery, workforceQueryKeys } from '../../employees/api/workforce-types';

/** Reporting trees: everyone, one department's branch, or below one person. */
export function useOrgChart(query: OrgChartQuery) {
  return useQuery({
    queryKey: workforceQueryKeys.orgChart(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/employees/org-chart', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
