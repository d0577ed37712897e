import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { skillBodySchema, skillListQuerySchema, skillSchema } from './dto';
import { createSkillService } from './skill.service';

/** /api/skills: what employees can do, matched by ticket routing. */
export const skillRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createSkillService({ db: context.database.db });
  const tags = ['skills'];

  app.get(
    '/api/skills',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'List skills',
        description: '`q` searches names.',
        querystring: skillListQuerySchema,
        response: { 200: pageSchema(skillSchema), ...commonProblems },
      },
    },
    async (request) => service.listSkills(request.query),
  );

  app.get(
    '/api/skills/:id',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'Get a skill',
        params: idParamsSchema,
        response: { 200: skillSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.getSkill(request.params.id),
  );

  app.post(
    '/api/skills',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Create a skill',
        description: 'Names are unique regardless of case.',
        body: skillBodySchema,
        response: { 201: skillSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const skill = await service.createSkill(auditActor(request), request.body.name);
      return reply.code(201).header('location', `/api/skills/${skill.id}`).send(skill);
    },
  );

  app.patch(
    '/api/skills/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Rename a skill',
        params: idParamsSchema,
        body: skillBodySchema,
        response: { 200: skillSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request) => service.renameSkill(auditActor(request), request.params.id, request.body.name),
  );

  app.delete(
    '/api/skills/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Delete a skill nobody has',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await service.deleteSkill(auditActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
