import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema } from '../../platform/http/pagination';
import { createCustomFieldService } from './custom-field.service';
import { createCustomFieldBodySchema, customFieldSchema, updateCustomFieldBodySchema } from './dto';

/** /api/custom-fields: typed fields admins add to clients. */
export const customFieldRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createCustomFieldService({ db: context.database.db });
  const tags = ['clients'];

  app.get(
    '/api/custom-fields',
    {
      // Everyone who reads clients needs the labels and types to show their values.
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'The custom fields of clients',
        response: { 200: z.object({ items: z.array(customFieldSchema) }), ...commonProblems },
      },
    },
    async () => ({ items: await service.listCustomFields() }),
  );

  app.post(
    '/api/custom-fields',
    {
      config: { permission: 'custom_fields:manage' },
      schema: {
        tags,
        summary: 'Define a custom field',
        body: createCustomFieldBodySchema,
        response: { 201: customFieldSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const field = await service.createCustomField(auditActor(request), request.body);
      sendEntityTag(reply, field.version);
      return reply.code(201).send(field);
    },
  );

  app.patch(
    '/api/custom-fields/:id',
    {
      config: { permission: 'custom_fields:manage' },
      schema: {
        tags,
        summary: 'Change a custom field’s label, options or whether it is required',
        description:
          'A field made required is enforced when a client is created, or when its custom fields are next changed.',
        params: idParamsSchema,
        body: updateCustomFieldBodySchema,
        response: { 200: customFieldSchema, ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      const field = await service.updateCustomField(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, field.version);
      return field;
    },
  );

  app.delete(
    '/api/custom-fields/:id',
    {
      config: { permission: 'custom_fields:manage' },
      schema: {
        tags,
        summary: 'Delete a custom field and its values on every client',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteCustomField(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
