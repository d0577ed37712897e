import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { ticketListQuerySchema, ticketSchema } from './dto';
import { createTicketService } from './ticket.service';

export const ticketRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createTicketService({ db: context.database.db });
  const tags = ['tickets'];

  app.get(
    '/api/tickets',
    {
      config: { permission: 'tickets:read' },
      schema: {
        tags,
        summary: 'List tickets',
        description: "`q` searches titles. Customers only ever see their own client's tickets.",
        querystring: ticketListQuerySchema,
        response: { 200: pageSchema(ticketSchema), ...commonProblems },
      },
    },
    async (request) => service.listTickets(currentUser(request), request.query),
  );

  app.get(
    '/api/tickets/:id',
    {
      config: { permission: 'tickets:read' },
      schema: {
        tags,
        summary: 'Get a ticket',
        params: idParamsSchema,
        response: { 200: ticketSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.getTicket(currentUser(request), request.params.id),
  );
};
