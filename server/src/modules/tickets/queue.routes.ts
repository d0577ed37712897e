import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createQueueService } from './queue.service';
import {
  createQueueBodySchema,
  queueSchema,
  settingsListQuerySchema,
  updateQueueBodySchema,
} from './settings.dto';

/** /api/tickets/queues: where tickets wait, who works them, and how they are handed out. */
export const queueRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createQueueService({ db: context.database.db, clock: context.clock });
  const tags = ['ticket settings'];

  app.get(
    '/api/tickets/queues',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'List ticket queues',
        description: 'With their members and how many unassigned tickets wait in each. `q` searches names.',
        querystring: settingsListQuerySchema,
        response: { 200: pageSchema(queueSchema), ...commonProblems },
      },
    },
    async (request) => service.listQueues(request.query),
  );

  app.get(
    '/api/tickets/queues/:id',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'Get a ticket queue',
        params: idParamsSchema,
        response: { 200: queueSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const queue = await service.getQueue(request.params.id);
      sendEntityTag(reply, queue.version);
      return queue;
    },
  );

  app.post(
    '/api/tickets/queues',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Create a ticket queue',
        description:
          'Members who are online with room are handed the tickets already waiting for them. Names are unique regardless of case.',
        body: createQueueBodySchema,
        response: { 201: queueSchema, ...commonProblems, ...problemResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const queue = await service.createQueue(auditActor(request), request.body);
      sendEntityTag(reply, queue.version);
      return reply.code(201).header('location', `/api/tickets/queues/${queue.id}`).send(queue);
    },
  );

  app.patch(
    '/api/tickets/queues/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Change a ticket queue',
        description:
          '`memberEmployeeIds` replaces the members; tickets already assigned stay with their agents. Takes `If-Match`.',
        params: idParamsSchema,
        body: updateQueueBodySchema,
        response: { 200: queueSchema, ...commonProblems, ...problemResponses(404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const queue = await service.updateQueue(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, queue.version);
      return queue;
    },
  );

  app.delete(
    '/api/tickets/queues/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Delete a ticket queue nothing uses',
        description:
          '409 `queue_in_use` while categories route to it or tickets are being worked in it; finished tickets lose the link.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteQueue(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
