import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { heavyQueryRunner } from '../../platform/db/heavy-query';
import { auditActor } from '../../platform/http/audit-actor';
import { currentUser } from '../../platform/http/authentication';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  clientSchema,
  createSegmentBodySchema,
  segmentClientsQuerySchema,
  segmentListQuerySchema,
  segmentPreviewBodySchema,
  segmentSchema,
  updateSegmentBodySchema,
} from './dto';
import { createSegmentService } from './segment.service';

/** /api/segments: saved filter rules over clients, counted and listed live. Staff only. */
export const segmentRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.database;
  const service = createSegmentService({ db, heavy: heavyQueryRunner(db, context.config.reports) });
  const tags = ['segments'];
  const config = { permission: 'segments:manage' } as const;

  app.get(
    '/api/segments',
    {
      config,
      schema: {
        tags,
        summary: 'List saved segments',
        querystring: segmentListQuerySchema,
        response: { 200: pageSchema(segmentSchema), ...commonProblems },
      },
    },
    async (request) => service.listSegments(request.query),
  );

  app.post(
    '/api/segments',
    {
      config,
      schema: {
        tags,
        summary: 'Save a segment',
        body: createSegmentBodySchema,
        response: { 201: segmentSchema, ...commonProblems },
      },
    },
    async (request, reply) => {
      const segment = await service.createSegment(auditActor(request), currentUser(request), request.body);
      sendEntityTag(reply, segment.version);
      return reply.code(201).send(segment);
    },
  );

  app.post(
    '/api/segments/preview',
    {
      config,
      schema: {
        tags,
        summary: 'Count and sample the clients that rules would match, without saving them',
        body: segmentPreviewBodySchema,
        response: {
          200: z.object({ count: z.number().int(), items: z.array(clientSchema) }),
          ...commonProblems,
          ...problemResponses(503, 504),
        },
      },
    },
    async (request) => service.previewSegment(request.body.rules),
  );

  app.get(
    '/api/segments/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Get a segment',
        params: idParamsSchema,
        response: { 200: segmentSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const segment = await service.getSegment(request.params.id);
      sendEntityTag(reply, segment.version);
      return segment;
    },
  );

  app.patch(
    '/api/segments/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change a segment',
        description: 'Send If-Match with the ETag you read to refuse overwriting a newer change (412).',
        params: idParamsSchema,
        body: updateSegmentBodySchema,
        response: { 200: segmentSchema, ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      const segment = await service.updateSegment(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, segment.version);
      return segment;
    },
  );

  app.delete(
    '/api/segments/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a segment',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteSegment(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/segments/:id/clients',
    {
      config,
      schema: {
        tags,
        summary: 'The clients a segment matches now (working clients only)',
        params: idParamsSchema,
        querystring: segmentClientsQuerySchema,
        response: { 200: pageSchema(clientSchema), ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.segmentClients(request.params.id, request.query),
  );

  app.get(
    '/api/segments/:id/count',
    {
      config,
      schema: {
        tags,
        summary: 'How many clients a segment matches now',
        params: idParamsSchema,
        response: {
          200: z.object({ count: z.number().int() }),
          ...commonProblems,
          ...problemResponses(404, 503, 504),
        },
      },
    },
    async (request) => service.countSegment(request.params.id),
  );
};
