import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type RevenueQuery, reportQueryKeys } from './report-types';

/** Revenue over a period, grouped one way, with the summary and receivables (live order data). */
export function useRevenueReport(query: RevenueQuery | null) {
  return useQuery({
    queryKey: reportQueryKeys.revenue(query ?? {}),
    queryFn: ({ signal }) => {
      if (!query) throw new Error('useRevenueReport: no valid period');
      return unwrap(api.GET('/api/reports/revenue', { params: { query }, signal }));
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
