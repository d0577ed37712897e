import type { components, paths } from '@smartcrm/api-client';

export type TicketReportSummary = components['schemas']['TicketReportSummary'];
export type TicketFigures = components['schemas']['TicketReportFigures'];
export type TicketBreakdown = components['schemas']['TicketReportBreakdown'];
export type TicketBreakdownGroup = TicketBreakdown['groups'][number];
export type TicketTrend = components['schemas']['TicketReportTrend'];
export type TicketTrendPeriod = TicketTrend['periods'][number];
export type TicketBacklog = components['schemas']['TicketBacklogReport'];
export type BacklogAgeBucket = TicketBacklog['ages'][number]['bucket'];

export type TicketReportQuery = NonNullable<
  paths['/api/tickets/reports/summary']['get']['parameters']['query']
>;
export type TicketBreakdownQuery = NonNullable<
  paths['/api/tickets/reports/breakdown']['get']['parameters']['query']
>;
export type TicketTrendQuery = NonNullable<paths['/api/tickets/reports/trend']['get']['parameters']['query']>;
export type TicketBacklogQuery = NonNullable<
  paths['/api/tickets/reports/backlog']['get']['parameters']['query']
>;

export const ticketReportQueryKeys = {
  all: ['ticket-reports'] as const,
  summary: (query: TicketReportQuery) => ['ticket-reports', 'summary', query] as const,
  breakdown: (query: TicketBreakdownQuery) => ['ticket-reports', 'breakdown', query] as const,
  trend: (query: TicketTrendQuery) => ['ticket-reports', 'trend', query] as const,
  backlog: (query: TicketBacklogQuery) => ['ticket-reports', 'backlog', query] as const,
};
