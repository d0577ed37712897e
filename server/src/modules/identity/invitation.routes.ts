import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { pageSchema } from '../../platform/http/pagination';
import { invitationListQuerySchema, invitationSchema } from './dto';
import { createInvitationService } from './invitation.service';

/** /api/invitations: invitations still waiting to be accepted. Sending one is POST /api/users. */
export const invitationRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createInvitationService({ db: context.database.db, clock: context.clock });
  const tags = ['users'];

  app.get(
    '/api/invitations',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'Invitations not accepted yet, pending or expired',
        querystring: invitationListQuerySchema,
        response: { 200: pageSchema(invitationSchema), ...commonProblems },
      },
    },
    async (request) => service.list(request.query),
  );

  app.delete(
    '/api/invitations/:userId',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags,
        summary: 'Withdraw an invitation: the account waiting for it is removed and its link stops working',
        params: z.object({ userId: z.coerce.number().int().min(1).max(2_147_483_647) }),
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await service.revoke(auditActor(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );
};
