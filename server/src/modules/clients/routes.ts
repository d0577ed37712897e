import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createClientService } from './client.service';
import { clientListQuerySchema, clientSchema } from './dto';

export const clientRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createClientService({ db: context.database.db });
  const tags = ['clients'];

  app.get(
    '/api/clients',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'List clients',
        description: '`q` searches company name, contact person and email.',
        querystring: clientListQuerySchema,
        response: { 200: pageSchema(clientSchema), ...commonProblems },
      },
    },
    async (request) => service.listClients(currentUser(request), request.query),
  );

  app.get(
    '/api/clients/:id',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'Get a client',
        params: idParamsSchema,
        response: { 200: clientSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.getClient(currentUser(request), request.params.id),
  );
};
