import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { categorySchema, productListQuerySchema, productSchema } from './dto';
import { createProductService } from './product.service';

export const catalogRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createProductService({ db: context.database.db });
  const staffTags = ['products'];
  const publicTags = ['catalog (public)'];

  app.get(
    '/api/products',
    {
      config: { permission: 'products:read' },
      schema: {
        tags: staffTags,
        summary: 'List products (all statuses)',
        description: '`q` searches name and SKU.',
        querystring: productListQuerySchema,
        response: { 200: pageSchema(productSchema), ...commonProblems },
      },
    },
    async (request) => service.listProducts(request.query),
  );

  app.get(
    '/api/products/:id',
    {
      config: { permission: 'products:read' },
      schema: {
        tags: staffTags,
        summary: 'Get a product',
        params: idParamsSchema,
        response: { 200: productSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.getProduct(request.params.id),
  );

  // The public catalogue: deliberately open, and limited to active products.
  app.get(
    '/api/catalog/products',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'List published products',
        querystring: productListQuerySchema,
        response: { 200: pageSchema(productSchema), ...problemResponses(400) },
      },
    },
    async (request) => service.listPublishedProducts(request.query),
  );

  app.get(
    '/api/catalog/products/:id',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'Get a published product',
        params: idParamsSchema,
        response: { 200: productSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.getPublishedProduct(request.params.id),
  );

  app.get(
    '/api/catalog/categories',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'List product categories',
        response: { 200: z.object({ items: z.array(categorySchema) }) },
      },
    },
    async () => service.listCategories(),
  );
};
