import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema } from '../../platform/http/pagination';
import {
  createSavedViewBodySchema,
  savedViewListQuerySchema,
  savedViewSchema,
  updateSavedViewBodySchema,
} from './saved-view.dto';
import { createSavedViewService } from './saved-view.service';

const ifMatch =
  'Send If-Match with the view’s version as an ETag (e.g. "3"); a stale one is refused with 412.';

/** /api/saved-views: named views of the admin's lists, each user's own plus the ones leads share. */
export const savedViewRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createSavedViewService({ db: context.database.db });
  const tags = ['saved views'];

  app.get(
    '/api/saved-views',
    {
      config: { permission: 'views:manage' },
      schema: {
        tags,
        summary: 'Your views of a list and the ones others shared, by name',
        querystring: savedViewListQuerySchema,
        response: { 200: z.object({ items: z.array(savedViewSchema) }), ...commonProblems },
      },
    },
    async (request) => service.listSavedViews(currentUser(request), request.query.list),
  );

  app.post(
    '/api/saved-views',
    {
      config: { permission: 'views:manage' },
      schema: {
        tags,
        summary: 'Save the current filters, search and sort of a list under a name',
        description:
          'Names are unique per user and list, ignoring case (409 saved_view_name_taken). Only admins and managers may share (403 share_not_allowed).',
        body: createSavedViewBodySchema,
        response: { 201: savedViewSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const view = await service.createSavedView(auditActor(request), request.body);
      sendEntityTag(reply, view.version);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/saved-views/:id',
    {
      config: { permission: 'views:manage' },
      schema: {
        tags,
        summary: 'Rename one of your views, change its query or whether it is shared',
        description: `Only the owner changes a view (403 not_owner for a shared one; 404 for someone else's private one). ${ifMatch}`,
        params: idParamsSchema,
        body: updateSavedViewBodySchema,
        response: { 200: savedViewSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const view = await service.updateSavedView(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, view.version);
      return view;
    },
  );

  app.delete(
    '/api/saved-views/:id',
    {
      config: { permission: 'views:manage' },
      schema: {
        tags,
        summary: 'Delete one of your views; admins may also delete a view someone shared',
        description: ifMatch,
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteSavedView(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
