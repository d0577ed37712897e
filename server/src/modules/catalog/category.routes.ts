import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema } from '../../platform/http/pagination';
import { createCategoryService } from './category.service';
import {
  categoryDetailSchema,
  categoryNodeSchema,
  createCategoryBodySchema,
  updateCategoryBodySchema,
} from './dto';

/** /api/categories: the product category tree, for staff. */
export const categoryRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const categories = createCategoryService({ db: context.database.db });
  const tags = ['categories'];

  app.get(
    '/api/categories',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'The category tree',
        description: 'Roots and each level’s children are sorted by name.',
        response: { 200: z.object({ items: z.array(categoryNodeSchema) }), ...commonProblems },
      },
    },
    async () => categories.listTree(),
  );

  app.get(
    '/api/categories/:id',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'Get a category',
        params: idParamsSchema,
        response: { 200: categoryDetailSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const category = await categories.getCategory(request.params.id);
      sendEntityTag(reply, category.version);
      return category;
    },
  );

  app.post(
    '/api/categories',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Create a category, at the root or under a parent',
        body: createCategoryBodySchema,
        response: { 201: categoryDetailSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const category = await categories.createCategory(auditActor(request), request.body);
      sendEntityTag(reply, category.version);
      return reply.code(201).send(category);
    },
  );

  app.patch(
    '/api/categories/:id',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Rename or move a category',
        description:
          'Moving a category under itself or one of its descendants is refused (409 category_cycle). ' +
          'Send If-Match to avoid lost updates (412).',
        params: idParamsSchema,
        body: updateCategoryBodySchema,
        response: { 200: categoryDetailSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const category = await categories.updateCategory(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, category.version);
      return category;
    },
  );

  app.delete(
    '/api/categories/:id',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Delete an empty category',
        description:
          'A category with subcategories, products or price rules is kept (409 category_not_empty).',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await categories.deleteCategory(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
