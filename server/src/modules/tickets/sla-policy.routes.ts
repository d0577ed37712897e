import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  createSlaPolicyBodySchema,
  settingsListQuerySchema,
  slaPolicySchema,
  updateSlaPolicyBodySchema,
} from './settings.dto';
import { createSlaPolicyService } from './sla-policy.service';

/** /api/tickets/sla-policies: first-response and resolution targets by priority and client tier. */
export const slaPolicyRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createSlaPolicyService({ db: context.database.db, clock: context.clock });
  const tags = ['ticket settings'];

  app.get(
    '/api/tickets/sla-policies',
    {
      config: { permission: 'tickets:write' },
      schema: {
        tags,
        summary: 'List SLA policies',
        description:
          'A ticket gets the most specific match: priority and tier, then priority, then tier, then the catch-all (both null).',
        querystring: settingsListQuerySchema,
        response: { 200: pageSchema(slaPolicySchema), ...commonProblems },
      },
    },
    async (request) => service.listSlaPolicies(request.query),
  );

  app.post(
    '/api/tickets/sla-policies',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Create an SLA policy',
        description:
          'One policy per priority and tier combination (409 `sla_policy_conflict`). Applies to tickets created, or given a new priority, from now on.',
        body: createSlaPolicyBodySchema,
        response: { 201: slaPolicySchema, ...commonProblems, ...problemResponses(409, 422) },
      },
    },
    async (request, reply) => {
      const policy = await service.createSlaPolicy(auditActor(request), request.body);
      sendEntityTag(reply, policy.version);
      return reply.code(201).send(policy);
    },
  );

  app.patch(
    '/api/tickets/sla-policies/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Change an SLA policy',
        description:
          'Tickets keep the targets they started with; a new calendar or warning share moves the deadlines of those being worked. Takes `If-Match`.',
        params: idParamsSchema,
        body: updateSlaPolicyBodySchema,
        response: { 200: slaPolicySchema, ...commonProblems, ...problemResponses(404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const policy = await service.updateSlaPolicy(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, policy.version);
      return policy;
    },
  );

  app.delete(
    '/api/tickets/sla-policies/:id',
    {
      config: { permission: 'tickets:manage' },
      schema: {
        tags,
        summary: 'Delete an SLA policy no open ticket counts against',
        description:
          '409 `sla_policy_in_use` while open tickets count against it; finished tickets lose the link.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteSlaPolicy(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
