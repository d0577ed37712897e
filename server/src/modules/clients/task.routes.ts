import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  createTaskBodySchema,
  relationshipRuleParamsSchema,
  relationshipRuleSchema,
  ruleRunResultSchema,
  taskListQuerySchema,
  taskSchema,
  updateRelationshipRuleBodySchema,
  updateTaskBodySchema,
} from './dto';
import {
  createRelationshipRuleService,
  runRelationshipRules,
  sendTaskReminders,
} from './relationship-rules.service';
import { createTaskService } from './task.service';

/** /api/tasks and /api/relationship-rules: follow-ups and the rules that create them. Staff only. */
export const taskRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const deps = { db: context.database.db, clock: context.clock };
  const service = createTaskService(deps);
  const rules = createRelationshipRuleService(deps);
  const tags = ['tasks'];
  const config = { permission: 'tasks:write' } as const;

  app.get(
    '/api/tasks',
    {
      config,
      schema: {
        tags,
        summary: 'List tasks',
        querystring: taskListQuerySchema,
        response: { 200: pageSchema(taskSchema), ...commonProblems },
      },
    },
    async (request) => service.listTasks(request.query),
  );

  app.post(
    '/api/tasks',
    {
      config,
      schema: {
        tags,
        summary: 'Create a follow-up task for a client',
        body: createTaskBodySchema,
        response: { 201: taskSchema, ...commonProblems, ...problemResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const task = await service.createTask(auditActor(request), request.body);
      sendEntityTag(reply, task.version);
      return reply.code(201).send(task);
    },
  );

  app.get(
    '/api/tasks/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Get a task',
        params: idParamsSchema,
        response: { 200: taskSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const task = await service.getTask(request.params.id);
      sendEntityTag(reply, task.version);
      return task;
    },
  );

  app.patch(
    '/api/tasks/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change a task (title, due date, assignee, status)',
        description:
          'A new due date gets its own reminder. Send If-Match to refuse overwriting a newer change (412).',
        params: idParamsSchema,
        body: updateTaskBodySchema,
        response: { 200: taskSchema, ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      const task = await service.updateTask(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, task.version);
      return task;
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    {
      config,
      schema: {
        tags,
        summary: 'Mark an open task done',
        params: idParamsSchema,
        response: { 200: taskSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const task = await service.completeTask(
        auditActor(request),
        request.params.id,
        expectedVersion(request),
      );
      sendEntityTag(reply, task.version);
      return task;
    },
  );

  app.delete(
    '/api/tasks/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a task',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteTask(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/relationship-rules',
    {
      config,
      schema: {
        tags,
        summary: 'The relationship rules: "no contact in N days" and "renewal due in N days"',
        response: { 200: z.object({ items: z.array(relationshipRuleSchema) }), ...commonProblems },
      },
    },
    async () => ({ items: await rules.listRules() }),
  );

  app.put(
    '/api/relationship-rules/:kind',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'Set a rule’s days and whether it runs',
        description:
          'If-Match names the version read ("0" for a rule never saved); a stale one is refused with 412.',
        params: relationshipRuleParamsSchema,
        body: updateRelationshipRuleBodySchema,
        response: { 200: relationshipRuleSchema, ...commonProblems, ...problemResponses(412) },
      },
    },
    async (request, reply) => {
      const rule = await rules.saveRule(
        auditActor(request),
        request.params.kind,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, rule.version);
      return rule;
    },
  );

  app.post(
    '/api/relationship-rules/run',
    {
      config: { permission: 'clients:manage' },
      schema: {
        tags,
        summary: 'Run the rules and send due reminders now, instead of waiting for the schedule',
        response: { 200: ruleRunResultSchema, ...commonProblems },
      },
    },
    async (request) => {
      const actor = auditActor(request);
      const { tasksCreated } = await runRelationshipRules({ ...deps, actor });
      const { remindersSent } = await sendTaskReminders({ ...deps, actor });
      return { tasksCreated, remindersSent };
    },
  );
};
