import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { problemResponses } from '../../platform/http/errors';
import {
  guestRequestBodySchema,
  guestRequestResponseSchema,
  guestVerifyBodySchema,
  guestVerifyResponseSchema,
} from './extras.dto';
import { type CreateTicketForGuest, createGuestRequestService } from './guest-request.service';

/**
 * Routes of the tickets module anyone may call without a token. The gateway forwards each as a prefix, so
 * `/api/tickets/surveys` covers the survey links `/api/tickets/surveys/<token>`.
 */
export const ticketPublicPaths = [
  '/api/tickets/guest-requests',
  '/api/tickets/guest-requests/verify',
  '/api/tickets/surveys',
] as const;

/** Public routes that send email or guess at secrets (tokens), rate-limited strictly per address at the edge. */
export const ticketSensitivePaths = [
  '/api/tickets/guest-requests',
  '/api/tickets/guest-requests/verify',
] as const;

/**
 * The survey links carry their token in the path, so they are matched by prefix; the edge's sensitive-path
 * rule takes a path ending in `/` as a prefix.
 */
export const ticketSensitivePathPrefixes = ['/api/tickets/surveys/'] as const;

/** Support requests from guests (the portal's Contact form without an account), verified by email. */
export const ticketGuestRoutes: FastifyPluginAsyncZod<{
  context: AppContext;
  /** The ticket service's create (priority rules, SLA, routing). */
  createTicket: CreateTicketForGuest;
}> = async (app, { context, createTicket }) => {
  const service = createGuestRequestService({
    db: context.database.db,
    clock: context.clock,
    portalUrl: context.config.publicUrls.portal,
    linkTtlHours: context.config.auth.emailVerificationTtlHours,
    createTicket,
  });
  const tags = ['tickets'];

  app.post(
    '/api/tickets/guest-requests',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Ask for support without an account',
        description:
          'Always 202 for a valid request. A link to verify the email is sent to it; following it creates the ' +
          'ticket. Rate-limited per address.',
        body: guestRequestBodySchema,
        response: { 202: guestRequestResponseSchema, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const { link } = await service.request(auditActor(request), request.body);
      return reply.code(202).send({ verificationLink: context.config.demoMode ? link : null });
    },
  );

  app.post(
    '/api/tickets/guest-requests/verify',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Verify a guest’s email and create their ticket',
        description: 'Creates the ticket once; a used or expired link answers 410.',
        body: guestVerifyBodySchema,
        response: { 201: guestVerifyResponseSchema, ...problemResponses(400, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      const created = await service.verify(auditActor(request), request.body.token);
      return reply.code(201).send(created);
    },
  );
};
