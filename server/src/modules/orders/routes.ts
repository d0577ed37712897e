import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { orderListQuerySchema, orderSchema } from './dto';
import { createOrderService } from './order.service';

export const orderRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createOrderService({ db: context.database.db });
  const tags = ['orders'];

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
    async (request) => service.listOrders(currentUser(request), request.query),
  );

  app.get(
    '/api/orders/:id',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags,
        summary: 'Get an order',
        params: idParamsSchema,
        response: { 200: orderSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.getOrder(currentUser(request), request.params.id),
  );
};
