import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema } from '../../platform/http/pagination';
import {
  publicSurveySchema,
  surveyTokenParamsSchema,
  ticketRatingBodySchema,
  ticketSurveyStatusSchema,
} from './extras.dto';
import { createSurveyService } from './survey.service';

/** CSAT after resolution: the ticket's survey, the customer's rating, and the public single-use link. */
export const ticketSurveyRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (
  app,
  { context },
) => {
  const service = createSurveyService({
    db: context.database.db,
    clock: context.clock,
    portalUrl: context.config.publicUrls.portal,
  });
  const tags = ['tickets'];

  app.get(
    '/api/tickets/:id/survey',
    {
      config: { permission: 'tickets:read' },
      schema: {
        tags,
        summary: 'The satisfaction survey of a ticket',
        description: 'open: the customer can rate it now; answered: with the score and comment.',
        params: idParamsSchema,
        response: { 200: ticketSurveyStatusSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.surveyOf(currentUser(request), request.params.id),
  );

  app.post(
    '/api/tickets/:id/rating',
    {
      config: { permission: 'tickets:create' },
      schema: {
        tags,
        summary: 'Rate a resolved ticket (customers)',
        description:
          'Answers the ticket’s open survey, once: 409 while the ticket is not resolved or closed, 410 when the ' +
          'survey was already answered or has expired. The answer counts in the client’s satisfaction figures.',
        params: idParamsSchema,
        body: ticketRatingBodySchema,
        response: { 201: ticketSurveyStatusSchema, ...commonProblems, ...problemResponses(404, 409, 410) },
      },
    },
    async (request, reply) => {
      const rating = await service.rate(auditActor(request), request.params.id, request.body);
      return reply.code(201).send(rating);
    },
  );

  app.get(
    '/api/tickets/surveys/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The survey behind a single-use rating link',
        params: surveyTokenParamsSchema,
        response: { 200: publicSurveySchema, ...problemResponses(400, 404, 429) },
      },
    },
    async (request) => service.describeByToken(request.params.token),
  );

  app.post(
    '/api/tickets/surveys/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Rate a ticket through its single-use link',
        description: '410 once the link has been used or has expired (30 days after resolution).',
        params: surveyTokenParamsSchema,
        body: ticketRatingBodySchema,
        response: { 201: ticketSurveyStatusSchema, ...problemResponses(400, 404, 409, 410, 429) },
      },
    },
    async (request, reply) => {
      const rating = await service.answerByToken(auditActor(request), request.params.token, request.body);
      return reply.code(201).send(rating);
    },
  );
};
