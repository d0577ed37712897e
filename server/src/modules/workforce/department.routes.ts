import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { createDepartmentService } from './department.service';
import {
  createDepartmentBodySchema,
  departmentDetailSchema,
  departmentListQuerySchema,
  departmentSchema,
  departmentTreeNodeSchema,
  updateDepartmentBodySchema,
} from './dto';

/** /api/departments: the department tree. */
export const departmentRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createDepartmentService({ db: context.database.db });
  const tags = ['departments'];

  app.get(
    '/api/departments',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'List departments',
        description: '`q` searches names; `parentId` lists the sub-departments of one department.',
        querystring: departmentListQuerySchema,
        response: { 200: pageSchema(departmentSchema), ...commonProblems },
      },
    },
    async (request) => service.listDepartments(request.query),
  );

  app.get(
    '/api/departments/tree',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'Every department as a tree',
        response: { 200: z.object({ roots: z.array(departmentTreeNodeSchema) }), ...commonProblems },
      },
    },
    async () => ({ roots: await service.departmentTree() }),
  );

  app.get(
    '/api/departments/:id',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'Get a department with its parents, head and sub-departments',
        params: idParamsSchema,
        response: { 200: departmentDetailSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const department = await service.getDepartment(request.params.id);
      sendEntityTag(reply, department.version);
      return department;
    },
  );

  app.post(
    '/api/departments',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Create a department',
        body: createDepartmentBodySchema,
        response: { 201: departmentDetailSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const department = await service.createDepartment(auditActor(request), request.body);
      sendEntityTag(reply, department.version);
      return reply.code(201).header('location', `/api/departments/${department.id}`).send(department);
    },
  );

  app.patch(
    '/api/departments/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Rename, move or change the head of a department',
        description:
          'A department cannot move under itself or its own sub-departments (409 department_cycle). ' +
          'Send If-Match with the ETag you read (412 if stale).',
        params: idParamsSchema,
        body: updateDepartmentBodySchema,
        response: { 200: departmentDetailSchema, ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const department = await service.updateDepartment(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, department.version);
      return department;
    },
  );

  app.delete(
    '/api/departments/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Delete an empty department',
        description: '409 while it has employees (former ones included) or sub-departments.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteDepartment(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
