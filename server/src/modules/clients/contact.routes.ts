import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema } from '../../platform/http/pagination';
import { createContactService } from './contact.service';
import { contactParamsSchema, contactSchema, createContactBodySchema, updateContactBodySchema } from './dto';

/** /api/clients/{id}/contacts: the people at a client. */
export const contactRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createContactService({ db: context.database.db });
  const tags = ['clients'];

  app.get(
    '/api/clients/:id/contacts',
    {
      config: { permission: 'clients:read' },
      schema: {
        tags,
        summary: 'A client’s contacts, primary first',
        params: idParamsSchema,
        response: {
          200: z.object({ items: z.array(contactSchema) }),
          ...commonProblems,
          ...problemResponses(404),
        },
      },
    },
    async (request) => ({ items: await service.listContacts(currentUser(request), request.params.id) }),
  );

  app.post(
    '/api/clients/:id/contacts',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Add a contact',
        params: idParamsSchema,
        body: createContactBodySchema,
        response: { 201: contactSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const contact = await service.createContact(auditActor(request), request.params.id, request.body);
      sendEntityTag(reply, contact.version);
      return reply.code(201).send(contact);
    },
  );

  app.patch(
    '/api/clients/:id/contacts/:contactId',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Change a contact',
        description: 'Send If-Match with the contact’s ETag to refuse overwriting a newer change (412).',
        params: contactParamsSchema,
        body: updateContactBodySchema,
        response: { 200: contactSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const contact = await service.updateContact(
        auditActor(request),
        request.params.id,
        request.params.contactId,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, contact.version);
      return contact;
    },
  );

  app.delete(
    '/api/clients/:id/contacts/:contactId',
    {
      config: { permission: 'clients:write' },
      schema: {
        tags,
        summary: 'Remove a contact',
        params: contactParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteContact(
        auditActor(request),
        request.params.id,
        request.params.contactId,
        expectedVersion(request),
      );
      return reply.code(204).send(null);
    },
  );
};
