import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import type { CatalogPort } from './catalog-port';
import {
  cancelOrderBodySchema,
  closeOrderBodySchema,
  confirmOrderBodySchema,
  createOrderRequestSchema,
  deliveryBodySchema,
  orderDetailSchema,
  orderListQuerySchema,
  orderSchema,
  paymentBodySchema,
  returnBodySchema,
  shipmentBodySchema,
  shipmentParamsSchema,
  updateOrderBodySchema,
} from './dto';
import { createOrderService } from './order.service';
import { createOrderWorkflowService } from './order-workflow.service';
import { reportRoutes } from './report.routes';

const withEntityTag = <Order extends { version: number }>(reply: FastifyReply, order: Order): Order => {
  sendEntityTag(reply, order.version);
  return order;
};

const ifMatch =
  'Send the ETag of the order you read as If-Match; a stale one answers 412 `version_conflict` and changes nothing.';

export function createOrderRoutes(catalog: CatalogPort): FastifyPluginAsyncZod<{ context: AppContext }> {
  return async (app, { context }) => {
    const deps = { db: context.database.db, clock: context.clock, catalog };
    const orders = createOrderService(deps);
    const workflow = createOrderWorkflowService(deps);
    const tags = ['orders'];
    const detail = (...statuses: number[]) => ({
      200: orderDetailSchema,
      ...commonProblems,
      ...problemResponses(404, 409, 412, ...statuses),
    });

    app.get(
      '/api/orders',
      {
        config: { permission: 'orders:read' },
        schema: {
          tags,
          summary: 'List orders',
          description:
            "`q` searches the client's company name. Customers only ever see their own client's orders.",
          querystring: orderListQuerySchema,
          response: { 200: pageSchema(orderSchema), ...commonProblems },
        },
      },
      async (request) => orders.listOrders(currentUser(request), request.query),
    );

    app.get(
      '/api/orders/:id',
      {
        config: { permission: 'orders:read' },
        schema: {
          tags,
          summary: 'Get an order with its lines, payments, shipments and status history',
          params: idParamsSchema,
          response: { 200: orderDetailSchema, ...commonProblems, ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        withEntityTag(reply, await orders.getOrder(currentUser(request), request.params.id)),
    );

    app.post(
      '/api/orders',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags,
          summary: 'Create an order (a draft, or confirmed at once)',
          description:
            'Lines are priced by the price function as a provisional quote; confirmation fixes the prices. With `confirm: true` the order is created and confirmed in one step.',
          body: createOrderRequestSchema,
          response: { 201: orderDetailSchema, ...commonProblems, ...problemResponses(409, 422) },
        },
      },
      async (request, reply) => {
        const order = await orders.createDraft(auditActor(request), request.body);
        return reply.code(201).send(withEntityTag(reply, order));
      },
    );

    app.patch(
      '/api/orders/:id',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags,
          summary: 'Edit a draft order',
          description: `Only drafts can be edited; \`items\` replaces every line. ${ifMatch}`,
          params: idParamsSchema,
          body: updateOrderBodySchema,
          response: detail(422),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await orders.updateDraft(
            auditActor(request),
            request.params.id,
            request.body,
            expectedVersion(request),
          ),
        ),
    );

    app.delete(
      '/api/orders/:id',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags,
          summary: 'Delete a draft order',
          description: 'Confirmed orders are history: cancel them instead.',
          params: idParamsSchema,
          response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
        },
      },
      async (request, reply) => {
        await orders.deleteDraft(auditActor(request), request.params.id, expectedVersion(request));
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/orders/:id/confirm',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags,
          summary: 'Confirm a draft: fix its prices and reserve its stock',
          description: `409 \`insufficient_stock\` names the short products; nothing is reserved then. ${ifMatch}`,
          params: idParamsSchema,
          body: confirmOrderBodySchema,
          response: detail(422),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.confirm(
            auditActor(request),
            request.params.id,
            request.body?.note,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/orders/:id/cancel',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags,
          summary: 'Cancel an order before anything has shipped, releasing its reserved stock',
          description: `Payments already received stay until refunded. ${ifMatch}`,
          params: idParamsSchema,
          body: cancelOrderBodySchema,
          response: detail(),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.cancel(
            auditActor(request),
            request.params.id,
            request.body.reason,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/orders/:id/close',
      {
        config: { permission: 'orders:write' },
        schema: {
          tags,
          summary: 'Close a delivered order with nothing owed, or a refunded one',
          params: idParamsSchema,
          body: closeOrderBodySchema,
          response: detail(),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.close(
            auditActor(request),
            request.params.id,
            request.body?.note,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/orders/:id/payments',
      {
        config: { permission: 'payments:write' },
        schema: {
          tags,
          summary: 'Record a payment or a refund',
          description:
            'A payment may not exceed the outstanding balance (409 `overpayment`); a refund may not exceed what ' +
            `was paid and not yet refunded (409 \`refund_exceeds_paid\`). ${ifMatch}`,
          params: idParamsSchema,
          body: paymentBodySchema,
          response: { ...detail(), 201: orderDetailSchema },
        },
      },
      async (request, reply) => {
        const order = await workflow.recordPayment(
          auditActor(request),
          request.params.id,
          request.body,
          expectedVersion(request),
        );
        return reply.code(201).send(withEntityTag(reply, order));
      },
    );

    app.post(
      '/api/orders/:id/shipments',
      {
        config: { permission: 'fulfilment:write' },
        schema: {
          tags,
          summary: 'Ship some or all of the lines not yet shipped',
          params: idParamsSchema,
          body: shipmentBodySchema,
          response: { ...detail(), 201: orderDetailSchema },
        },
      },
      async (request, reply) => {
        const order = await workflow.createShipment(
          auditActor(request),
          request.params.id,
          request.body,
          expectedVersion(request),
        );
        return reply.code(201).send(withEntityTag(reply, order));
      },
    );

    app.post(
      '/api/orders/:id/shipments/:shipmentId/deliver',
      {
        config: { permission: 'fulfilment:write' },
        schema: {
          tags,
          summary: 'Record that a shipment arrived',
          description: 'The order is delivered once everything has shipped and every shipment has arrived.',
          params: shipmentParamsSchema,
          body: deliveryBodySchema,
          response: detail(),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.markShipmentDelivered(
            auditActor(request),
            request.params.id,
            request.params.shipmentId,
            request.body?.deliveredAt,
            expectedVersion(request),
          ),
        ),
    );

    app.post(
      '/api/orders/:id/returns',
      {
        config: { permission: 'fulfilment:write' },
        schema: {
          tags,
          summary: 'Take shipped goods back into stock',
          description: 'The status does not change; money goes back only through a refund.',
          params: idParamsSchema,
          body: returnBodySchema,
          response: detail(),
        },
      },
      async (request, reply) =>
        withEntityTag(
          reply,
          await workflow.returnItems(
            auditActor(request),
            request.params.id,
            request.body,
            expectedVersion(request),
          ),
        ),
    );

    await app.register(reportRoutes, { context });
  };
}
