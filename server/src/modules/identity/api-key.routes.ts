import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema } from '../../platform/http/pagination';
import { createApiKeyService, grantableScopes } from './api-key.service';
import { apiKeySchema, createApiKeyBodySchema } from './dto';

/** /api/api-keys: each user's keys for integrations. */
export const apiKeyRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createApiKeyService({ db: context.database.db, clock: context.clock });
  const tags = ['api keys'];

  app.get(
    '/api/api-keys',
    {
      config: { permission: 'api_keys:manage' },
      schema: {
        tags,
        summary: 'Your API keys (never the keys themselves)',
        response: { 200: z.object({ items: z.array(apiKeySchema) }), ...commonProblems },
      },
    },
    async (request) => service.list(currentUser(request)),
  );

  app.get(
    '/api/api-keys/scopes',
    {
      config: { permission: 'api_keys:manage' },
      schema: {
        tags,
        summary: 'The scopes you may give a key: the permissions of your role',
        response: { 200: z.object({ items: z.array(z.string()) }), ...commonProblems },
      },
    },
    async (request) => ({ items: grantableScopes(currentUser(request).role) }),
  );

  app.post(
    '/api/api-keys',
    {
      config: { permission: 'api_keys:manage' },
      schema: {
        tags,
        summary: 'Create an API key; the key is in this answer only',
        description:
          'Send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`. It acts as you, within its scopes.',
        body: createApiKeyBodySchema,
        response: {
          201: z.object({ key: z.string().describe('Shown once; store it now'), apiKey: apiKeySchema }),
          ...commonProblems,
        },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(auditActor(request), request.body)),
  );

  app.delete(
    '/api/api-keys/:id',
    {
      config: { permission: 'api_keys:manage' },
      schema: {
        tags,
        summary: 'Revoke one of your API keys',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      await service.revoke(auditActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
