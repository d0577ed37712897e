import { unwrap } from '@smartcrm/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  type TicketBacklogQuery,
  type TicketBreakdownQuery,
  type TicketReportQuery,
  type TicketTrendQuery,
  ticketReportQueryKeys,
} from './ticket-report-types';

/** Totals of a period: volume, response and resolution times, SLA attainment, reopens, CSAT, backlog now. */
export function useTicketSummary(query: TicketReportQuery | null) {
  return useQuery({
    queryKey: ticketReportQueryKeys.summary(query ?? {}),
    queryFn: ({ signal }) => {
      if (!query) throw new Error('useTicketSummary: no valid period');
      return unwrap(api.GET('/api/tickets/reports/summary', { params: { query }, signal }));
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** The same figures per day, week or month of the period. */
export function useTicketTrend(query: TicketTrendQuery | null) {
  return useQuery({
    queryKey: ticketReportQueryKeys.trend(query ?? {}),
    queryFn: ({ signal }) => {
      if (!query) throw new Error('useTicketTrend: no valid period');
      return unwrap(api.GET('/api/tickets/reports/trend', { params: { query }, signal }));
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** The same figures per agent, team, category, client, priority or channel (the 50 biggest groups). */
export function useTicketBreakdown(query: TicketBreakdownQuery | null) {
  return useQuery({
    queryKey: ticketReportQueryKeys.breakdown(query ?? {}),
    queryFn: ({ signal }) => {
      if (!query) throw new Error('useTicketBreakdown: no valid period');
      return unwrap(api.GET('/api/tickets/reports/breakdown', { params: { query }, signal }));
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** Unresolved tickets now, by age and priority: it does not depend on the period, only on the focus. */
export function useTicketBacklog(query: TicketBacklogQuery) {
  return useQuery({
    queryKey: ticketReportQueryKeys.backlog(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/reports/backlog', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
