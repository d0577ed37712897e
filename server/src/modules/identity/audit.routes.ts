import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { commonProblems } from '../../platform/http/errors';
import { pageSchema } from '../../platform/http/pagination';
import { listAuditEntries } from './audit.service';
import { auditEntrySchema, auditQuerySchema } from './dto';

/** /api/audit: the append-only record of every write, for admins. */
export const auditRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  app.get(
    '/api/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log, newest first',
        description:
          'Filter by actor, resource (and id), action and time range (from inclusive, to exclusive).',
        querystring: auditQuerySchema,
        response: { 200: pageSchema(auditEntrySchema), ...commonProblems },
      },
    },
    async (request) => listAuditEntries(context.database.db, request.query),
  );
};
