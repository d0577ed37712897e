import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import {
  focusSearchValue,
  localDay,
  type ReportFocus,
  readTicketReportParams,
  type TicketReportParams,
} from '../utils/ticket-report-params';

type SimpleChange = Partial<Omit<TicketReportParams, 'focus'>>;

/**
 * The page's period, trend interval, breakdown and focus, kept in the URL so a view can be shared or
 * bookmarked.
 */
export function useTicketReportParams() {
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const params = useMemo(() => readTicketReportParams(search, localDay(new Date())), [search]);
  const update = useCallback(
    (change: SimpleChange) =>
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
  // A new focus is a new view, so it gets its own history entry: Back returns to all tickets.
  const setFocus = useCallback(
    (focus: ReportFocus | null) =>
      updateSearch((next) => {
        if (focus) {
          next.set('focus', focusSearchValue(focus));
          next.set('focusLabel', focus.label);
        } else {
          next.delete('focus');
          next.delete('focusLabel');
        }
        return next;
      }),
    [updateSearch],
  );
  return { params, update, setFocus };
}
