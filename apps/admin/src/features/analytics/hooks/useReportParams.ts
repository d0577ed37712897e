import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import { type ReportParams, readReportParams } from '../utils/report-params';

/** The analytics page's period and groupings, kept in the URL so a view can be shared or bookmarked. */
export function useReportParams() {
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const params = useMemo(() => readReportParams(search, new Date()), [search]);
  const update = useCallback(
    (change: Partial<ReportParams>) =>
      updateSearch(
        (next) => {
          for (const [key, value] of Object.entries(change)) next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [updateSearch],
  );
  return { params, update };
}
