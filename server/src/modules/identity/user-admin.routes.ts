import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import type { createAccountLinkService } from './account-link.service';
import {
  accountLinkSchema,
  createUserBodySchema,
  managedUserSchema,
  updateUserBodySchema,
  userListQuerySchema,
} from './dto';
import type { createSessionService } from './session.service';
import { createUserAdminService } from './user-admin.service';

type UserAdminOptions = {
  context: AppContext;
  sessions: ReturnType<typeof createSessionService>;
  links: ReturnType<typeof createAccountLinkService>;
};

/** /api/users: account administration, for admins. */
export const userAdminRoutes: FastifyPluginAsyncZod<UserAdminOptions> = async (
  app,
  { context, sessions, links },
) => {
  const service = createUserAdminService({
    db: context.database.db,
    sessions,
    links,
    publicUrls: context.config.publicUrls,
  });
  const tags = ['users'];

  app.get(
    '/api/users',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'List user accounts',
        description: '`q` searches email and name.',
        querystring: userListQuerySchema,
        response: { 200: pageSchema(managedUserSchema), ...commonProblems },
      },
    },
    async (request) => service.listUsers(request.query),
  );

  app.get(
    '/api/users/:id',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'Get a user account',
        params: idParamsSchema,
        response: { 200: managedUserSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const user = await service.getUser(request.params.id);
      sendEntityTag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/api/users',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags,
        summary: 'Invite a person: creates the account and a single-use link to set a password',
        body: createUserBodySchema,
        response: {
          201: z.object({ user: managedUserSchema, invitation: accountLinkSchema }),
          ...commonProblems,
          ...problemResponses(409),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.inviteUser(auditActor(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags,
        summary: 'Change a name, role or active state',
        description:
          'A role change or deactivation ends the account’s sessions. Send If-Match to avoid lost updates.',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: managedUserSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const user = await service.updateUser(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, user.version);
      return user;
    },
  );

  app.delete(
    '/api/users/:id',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags,
        summary: 'Delete a user account',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await service.deleteUser(auditActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/invitation',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags,
        summary: 'Send a fresh invitation link (earlier ones stop working)',
        params: idParamsSchema,
        response: { 201: accountLinkSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.reinvite(auditActor(request), request.params.id)),
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags,
        summary: 'Make a password-reset link for the account',
        params: idParamsSchema,
        response: { 201: accountLinkSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.startPasswordReset(auditActor(request), request.params.id)),
  );
};
