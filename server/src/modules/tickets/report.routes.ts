import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { heavyQueryRunner } from '../../platform/db/heavy-query';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import {
  ticketBacklogQuerySchema,
  ticketBacklogSchema,
  ticketBreakdownQuerySchema,
  ticketBreakdownSchema,
  ticketReportQuerySchema,
  ticketSummarySchema,
  ticketTrendQuerySchema,
  ticketTrendSchema,
} from './report.dto';
import { createTicketReportService } from './report.service';

/** /api/tickets/reports: resolution analytics from the live tickets, for staff who work or lead support. */
export const ticketReportRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const heavy = heavyQueryRunner(context.database.db, context.config.reports);
  const service = createTicketReportService({ clock: context.clock, heavy });
  const heavyNote =
    ' Heavy (reads every ticket of the period): a few run at a time; another waits for a turn, or gets 503 ' +
    '`reports_busy`, and a statement that runs too long is stopped with 504 `report_timeout`.';
  const periodNote =
    'Tickets opened in [from, to) give volume and first response; tickets resolved in it give resolution ' +
    'times, resolution SLA, reopens and satisfaction. Times are in minutes. `invalid_period` (400) when ' +
    '`from` is not before `to`, `period_too_long` (400) beyond two years.';
  const tags = ['ticket reports'];
  const permission = 'ticket_reports:read';
  const problems = { ...commonProblems, ...problemResponses(503, 504) };

  app.get(
    '/api/tickets/reports/summary',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Ticket totals: response and resolution times, SLA attainment, reopens, CSAT, backlog',
        description: periodNote + heavyNote,
        querystring: ticketReportQuerySchema,
        response: { 200: ticketSummarySchema, ...problems },
      },
    },
    async (request) => service.summary(request.query),
  );

  app.get(
    '/api/tickets/reports/breakdown',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'The same figures per agent, team, category, client, priority or channel',
        description: `The 50 groups with the most tickets (opened plus resolved in the period plus open now). ${periodNote}${heavyNote}`,
        querystring: ticketBreakdownQuerySchema,
        response: { 200: ticketBreakdownSchema, ...problems },
      },
    },
    async (request) => service.breakdown(request.query),
  );

  app.get(
    '/api/tickets/reports/trend',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'The figures per day, week or month of the local calendar in `tz`',
        description: `Every period of the window is listed, empty ones with zeros. ${periodNote}${heavyNote}`,
        querystring: ticketTrendQuerySchema,
        response: { 200: ticketTrendSchema, ...problems },
      },
    },
    async (request) => service.trend(request.query),
  );

  app.get(
    '/api/tickets/reports/backlog',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Unresolved tickets now by age and priority, and by status',
        description: `Unresolved: new, open, pending (waiting on the customer) or on hold.${heavyNote}`,
        querystring: ticketBacklogQuerySchema,
        response: { 200: ticketBacklogSchema, ...problems },
      },
    },
    async (request) => service.backlog(request.query),
  );
};
