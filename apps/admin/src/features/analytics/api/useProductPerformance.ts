import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type ProductPerformanceQuery, reportQueryKeys } from './report-types';

/** Units, net sales, margin, returns and stock turnover per product and category over a period. */
export function useProductPerformance(query: ProductPerformanceQuery | null) {
  return useQuery({
    queryKey: reportQueryKeys.productPerformance(query ?? {}),
    queryFn: ({ signal }) => {
      if (!query) throw new Error('useProductPerformance: no valid period');
      return unwrap(api.GET('/api/reports/product-performance', { params: { query }, signal }));
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
