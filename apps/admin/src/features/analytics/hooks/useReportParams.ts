import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ReportParams, readReportParams } from '../utils/report-params';

/** The analytics page's period and groupings, kept in the URL so a view can be shared or bookmarked. */
export function useReportParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readReportParams(search, new Date()), [search]);
  const update = useCallback(
    (change: Partial<ReportParams>) => {
      const next = new URLSearchParams(search);
      for (const [key, value] of Object.entries(change)) next.set(key, value);
      setSearch(next, { replace: true });
    },
    [search, setSearch],
  );
  return { params, update };
}
