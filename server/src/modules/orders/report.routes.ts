import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { commonProblems } from '../../platform/http/errors';
import {
  productPerformanceQuerySchema,
  productPerformanceSchema,
  revenueQuerySchema,
  revenueReportSchema,
} from './dto';
import { createReportService } from './report.service';

/** /api/reports: revenue and product performance from live order data. */
export const reportRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createReportService({ db: context.database.db, clock: context.clock });
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
          'refunded on them; cancelled and wholly refunded orders bring none. Receivables are as of now.',
        querystring: revenueQuerySchema,
        response: { 200: revenueReportSchema, ...commonProblems },
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
        querystring: productPerformanceQuerySchema,
        response: { 200: productPerformanceSchema, ...commonProblems },
      },
    },
    async (request) => service.productPerformance(request.query),
  );
};
