import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { heavyQueryRunner } from '../../platform/db/heavy-query';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import {
  productPerformanceQuerySchema,
  productPerformanceSchema,
  revenueQuerySchema,
  revenueReportSchema,
} from './dto';
import { createReportService } from './report.service';

/** /api/reports: revenue and product performance from live order data. */
export const reportRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.database;
  const heavy = heavyQueryRunner(db, context.config.reports);
  const service = createReportService({ db, clock: context.clock, heavy });
  const heavyNote =
    ' Heavy (reads every order of the period): a few run at a time; another waits for a turn, or gets 503 ' +
    '`reports_busy`, and a statement that runs too long is stopped with 504 `report_timeout`.';
  const tags = ['reports'];

  app.get(
    '/api/reports/revenue',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        summary: 'Revenue by period, product, category, client, tier or owner; receivables',
        description:
          'Revenue is the total (tax included) of orders placed in the period and paid in full, less what was ' +
          'refunded on them; cancelled and wholly refunded orders bring none. Receivables are as of now. ' +
          'Grouped by day, week or month it reads a daily rollup and is fast; grouped by product, category, ' +
          `client, tier or owner it is heavy.${heavyNote}`,
        querystring: revenueQuerySchema,
        response: { 200: revenueReportSchema, ...commonProblems, ...problemResponses(503, 504) },
      },
    },
    async (request) => service.revenue(request.query),
  );

  app.get(
    '/api/reports/product-performance',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        summary: 'Units, net sales, margin, returns and stock turnover per product and per category',
        description: heavyNote.trim(),
        querystring: productPerformanceQuerySchema,
        response: { 200: productPerformanceSchema, ...commonProblems, ...problemResponses(503, 504) },
      },
    },
    async (request) => service.productPerformance(request.query),
  );
};
