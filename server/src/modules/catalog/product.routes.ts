import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  createProductBodySchema,
  historyQuerySchema,
  inventoryMovementSchema,
  ledgerEntrySchema,
  movementListQuerySchema,
  productListQuerySchema,
  productSchema,
  productStatusChangeBodySchema,
  productStatusChangeSchema,
  recordMovementBodySchema,
  stockLevelSchema,
  updateProductBodySchema,
} from './dto';
import { createInventoryService } from './inventory.service';
import { createProductService } from './product.service';

const ifMatchNote = 'Send If-Match with the ETag you read to avoid overwriting someone else’s change (412).';

/** /api/products: product data, lifecycle and stock, for staff. */
export const productRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const products = createProductService({ db: context.database.db });
  const inventory = createInventoryService({ db: context.database.db });
  const tags = ['products'];

  app.get(
    '/api/products',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'List products (all statuses)',
        description: '`q` searches name and SKU; `categoryId` includes the categories below it.',
        querystring: productListQuerySchema,
        response: { 200: pageSchema(productSchema), ...commonProblems },
      },
    },
    async (request) => products.listProducts(request.query),
  );

  app.get(
    '/api/products/:id',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'Get a product',
        params: idParamsSchema,
        response: { 200: productSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const product = await products.getProduct(request.params.id);
      sendEntityTag(reply, product.version);
      return product;
    },
  );

  app.post(
    '/api/products',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Create a product (a draft unless status is active)',
        description: 'Stock starts at zero: record a receipt to add some.',
        body: createProductBodySchema,
        response: { 201: productSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const product = await products.createProduct(auditActor(request), request.body);
      sendEntityTag(reply, product.version);
      return reply.code(201).send(product);
    },
  );

  app.patch(
    '/api/products/:id',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Change product data',
        description: `Archived products are read-only (409 product_archived). ${ifMatchNote}`,
        params: idParamsSchema,
        body: updateProductBodySchema,
        response: { 200: productSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const product = await products.updateProduct(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, product.version);
      return product;
    },
  );

  app.delete(
    '/api/products/:id',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Delete a draft that never moved stock',
        description: 'Anything else keeps its history: archive it instead (409 product_not_deletable).',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await products.deleteProduct(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/products/:id/status',
    {
      config: { permission: 'products:manage' },
      schema: {
        tags,
        summary: 'Move a product along its lifecycle',
        description:
          'draft → active | archived; active → discontinued; discontinued → active | archived. Archived is ' +
          `final. Archiving needs no reserved stock. ${ifMatchNote}`,
        params: idParamsSchema,
        body: productStatusChangeBodySchema,
        response: { 200: productSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const product = await products.changeStatus(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, product.version);
      return product;
    },
  );

  app.get(
    '/api/products/:id/history',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'Status history of a product, newest first',
        params: idParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: pageSchema(productStatusChangeSchema), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => products.listHistory(request.params.id, request.query),
  );

  app.get(
    '/api/products/:id/stock',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'Stock on hand, reserved and available',
        params: idParamsSchema,
        response: { 200: stockLevelSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => inventory.getStock(request.params.id),
  );

  app.get(
    '/api/products/:id/movements',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'The stock ledger of a product, newest first',
        params: idParamsSchema,
        querystring: movementListQuerySchema,
        response: { 200: pageSchema(ledgerEntrySchema), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) =>
      products.nameMovementAuthors(await inventory.listMovements(request.params.id, request.query)),
  );

  app.post(
    '/api/products/:id/movements',
    {
      config: { permission: 'inventory:manage' },
      schema: {
        tags,
        summary: 'Record a receipt, an adjustment or a return',
        description:
          'Reservations, releases and shipments come from orders. An adjustment is signed and needs a ' +
          'reason; it cannot take on-hand stock below what is reserved (409 insufficient_stock).',
        params: idParamsSchema,
        body: recordMovementBodySchema,
        response: {
          201: z.object({ movement: inventoryMovementSchema, stock: stockLevelSchema }),
          ...commonProblems,
          ...problemResponses(404, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await inventory.recordMovement(auditActor(request), request.params.id, request.body)),
  );
};
