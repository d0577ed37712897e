import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { categoryRoutes } from './category.routes';
import {
  categorySchema,
  publishedProductListQuerySchema,
  publishedProductSchema,
  quoteBodySchema,
  quoteSchema,
} from './dto';
import { priceRuleRoutes } from './price-rule.routes';
import { productRoutes } from './product.routes';
import { createProductService } from './product.service';
import { createQuoteService } from './quote.service';

export const catalogRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const products = createProductService({ db: context.database.db });
  const quotes = createQuoteService({ db: context.database.db, clock: context.clock });
  const publicTags = ['catalog (public)'];

  await app.register(productRoutes, { context });
  await app.register(categoryRoutes, { context });
  await app.register(priceRuleRoutes, { context });

  // The public catalogue: deliberately open, and limited to what can be bought.
  app.get(
    '/api/catalog/products',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'List published products',
        description: 'Active products, and discontinued ones while stock lasts. No cost or stock figures.',
        querystring: publishedProductListQuerySchema,
        response: { 200: pageSchema(publishedProductSchema), ...problemResponses(400) },
      },
    },
    async (request) => products.listPublishedProducts(request.query),
  );

  app.get(
    '/api/catalog/products/:id',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'Get a published product',
        params: idParamsSchema,
        response: { 200: publishedProductSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => products.getPublishedProduct(request.params.id),
  );

  app.get(
    '/api/catalog/categories',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'List product categories',
        description: 'Flat, by name; parentId gives the tree.',
        response: { 200: z.object({ items: z.array(categorySchema) }) },
      },
    },
    async () => products.listPublicCategories(),
  );

  app.post(
    '/api/catalog/quote',
    {
      config: { permission: 'orders:write' },
      schema: {
        tags: ['pricing'],
        summary: 'Price a basket for a client and date',
        description:
          'Each line carries its unit price, line total and an explanation of every rule considered. ' +
          'Amounts are exact decimal strings. Only active and discontinued products can be quoted.',
        body: quoteBodySchema,
        response: { 200: quoteSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request) => quotes.quote(request.body),
  );
};
