import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  createInteractionBodySchema,
  interactionListQuerySchema,
  interactionSchema,
  timelineItemSchema,
  timelineQuerySchema,
} from './dto';
import { createInteractionService } from './interaction.service';

/** Interaction history and the merged client timeline. */
export const interactionRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createInteractionService({ db: context.database.db, clock: context.clock });
  const tags = ['clients'];

  app.get(
    '/api/clients/:id/interactions',
    {
      // Staff notes: read with the staff permission that writes them; customers never see them.
      config: { permission: 'interactions:write' },
      schema: {
        tags,
        summary: 'Calls, emails, meetings and notes logged for a client, newest first',
        params: idParamsSchema,
        querystring: interactionListQuerySchema,
        response: { 200: pageSchema(interactionSchema), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.listInteractions(currentUser(request), request.params.id, request.query),
  );

  app.post(
    '/api/clients/:id/interactions',
    {
      config: { permission: 'interactions:write' },
      schema: {
        tags,
        summary: 'Log a call, email, meeting or note',
        description:
          'Calls, emails and meetings that have happened move the client’s lastContactAt forward; notes do not.',
        params: idParamsSchema,
        body: createInteractionBodySchema,
        response: { 201: interactionSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.logInteraction(auditActor(request), request.params.id, request.body)),
  );

  app.get(
    '/api/clients/:id/timeline',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'Everything that happened with a client, newest first',
        description:
          'Interactions, orders, payments, tickets and stage changes merged into one keyset-paged list. ' +
          'Customers see only their own orders, payments and tickets.',
        params: idParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: pageSchema(timelineItemSchema), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.timeline(currentUser(request), request.params.id, request.query),
  );
};
