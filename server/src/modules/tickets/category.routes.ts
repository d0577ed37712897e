import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleHasPermission } from '../../platform/auth/permissions';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createCategoryService } from './category.service';
import {
  categorySchema,
  createCategoryBodySchema,
  settingsListQuerySchema,
  updateCategoryBodySchema,
} from './settings.dto';

/** Whether the caller works tickets (and so may see routing); an API key only if its scopes say so too. */
function worksTickets(user: AuthenticatedUser): boolean {
  return (
    roleHasPermission(user.role, 'tickets:write') &&
    (!user.apiKey || user.apiKey.scopes.includes('tickets:write'))
  );
}

/** /api/tickets/categories: what tickets are about, the queue each goes to and the skill it needs. */
export const categoryRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createCategoryService({ db: context.database.db });
  const tags = ['ticket settings'];

  app.get(
    '/api/tickets/categories',
    {
      config: { permission: 'tickets:create' },
      schema: {
        tags,
        summary: 'List ticket categories',
        description:
          'Everyone who opens tickets can list them (the portal form); only staff who work tickets see the queue and skill behind each.',
        querystring: settingsListQuerySchema,
        response: { 200: pageSchema(categorySchema), ...commonProblems },
      },
    },
    async (request) =>
      service.listCategories(request.query, { withRouting: worksTickets(currentUser(request)) }),
  );

  app.post(
    '/api/tickets/categories',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Create a ticket category',
        body: createCategoryBodySchema,
        response: { 201: categorySchema, ...commonProblems, ...problemResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const category = await service.createCategory(auditActor(request), request.body);
      sendEntityTag(reply, category.version ?? 1);
      return reply.code(201).send(category);
    },
  );

  app.patch(
    '/api/tickets/categories/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Change a ticket category',
        description: 'Tickets already filed keep their queue; new ones follow the change. Takes `If-Match`.',
        params: idParamsSchema,
        body: updateCategoryBodySchema,
        response: { 200: categorySchema, ...commonProblems, ...problemResponses(404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const category = await service.updateCategory(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, category.version ?? 1);
      return category;
    },
  );

  app.delete(
    '/api/tickets/categories/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Delete a ticket category no ticket is filed under',
        description: '409 `category_in_use` once tickets are filed under it (rename it instead).',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteCategory(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
