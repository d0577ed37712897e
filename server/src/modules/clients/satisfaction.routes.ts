import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema } from '../../platform/http/pagination';
import {
  clientSatisfactionSchema,
  recordSatisfactionBodySchema,
  satisfactionReportQuerySchema,
  satisfactionReportSchema,
  satisfactionResponseSchema,
} from './dto';
import { createSatisfactionService } from './satisfaction.service';

/** CSAT and NPS: answers per client and the figures over all of them. */
export const satisfactionRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const service = createSatisfactionService({ db: context.database.db, clock: context.clock });
  const tags = ['clients'];

  app.post(
    '/api/clients/:id/satisfaction',
    {
      config: { permission: 'satisfaction:write' },
      schema: {
        tags,
        summary: 'Record a CSAT (1–5) or NPS (0–10) answer',
        params: idParamsSchema,
        body: recordSatisfactionBodySchema,
        response: { 201: satisfactionResponseSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.recordResponse(auditActor(request), request.params.id, request.body)),
  );

  app.get(
    '/api/clients/:id/satisfaction',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'A client’s satisfaction: average CSAT, NPS, counts and the latest answers',
        params: idParamsSchema,
        response: { 200: clientSatisfactionSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.clientSatisfaction(currentUser(request), request.params.id),
  );

  app.get(
    '/api/reports/satisfaction',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Satisfaction over all clients: CSAT, NPS, by month and by tier',
        querystring: satisfactionReportQuerySchema,
        response: { 200: satisfactionReportSchema, ...commonProblems },
      },
    },
    async (request) => service.report(request.query),
  );
};
