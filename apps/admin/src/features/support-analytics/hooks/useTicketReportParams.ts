import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import { localDay, readTicketReportParams, type TicketReportParams } from '../utils/ticket-report-params';

/** The page's period, trend interval and breakdown, kept in the URL so a view can be shared or bookmarked. */
export function useTicketReportParams() {
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const params = useMemo(() => readTicketReportParams(search, localDay(new Date())), [search]);
  const update = useCallback(
    (change: Partial<TicketReportParams>) =>
      updateSearch(
        (next) => {
          for (const [key, value] of Object.entries(change)) next.set(key, value);
          // A preset's days follow today, so only a custom range keeps them in the URL.
          const range = change.range ?? next.get('range');
          if (range !== 'custom') {
            next.delete('from');
            next.delete('to');
          }
          return next;
        },
        { replace: true },
      ),
    [updateSearch],
  );
  return { params, update };
}
