import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { auditActor } from '../../platform/http/audit-actor';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { expectedVersion, sendEntityTag } from '../../platform/http/etag';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import {
  changeStatusBodySchema,
  createEmployeeBodySchema,
  employeeDetailSchema,
  employeeListQuerySchema,
  employeeSchema,
  linkUserBodySchema,
  orgChartQuerySchema,
  orgChartSchema,
  setManagerBodySchema,
  setSkillsBodySchema,
  updateEmployeeBodySchema,
} from './dto';
import { createEmployeeService } from './employee.service';

const ifMatchNote =
  'Send If-Match with the ETag you read to avoid overwriting a newer change (412 if stale).';

/** /api/employees: records, reporting lines, skills, linked accounts and the org chart. */
export const employeeRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createEmployeeService({ db: context.database.db });
  const tags = ['employees'];
  const detailResponse = { 200: employeeDetailSchema, ...commonProblems };

  app.get(
    '/api/employees',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'List employees',
        description:
          '`q` searches name and email. Filters: `departmentId` (with `includeSubdepartments`), `skillId` ' +
          '(with `minSkillLevel`), `status`, `managerId` (direct reports).',
        querystring: employeeListQuerySchema,
        response: { 200: pageSchema(employeeSchema), ...commonProblems },
      },
    },
    async (request) => service.listEmployees(request.query),
  );

  app.get(
    '/api/employees/org-chart',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'Org chart: reporting trees',
        description:
          'Everyone by default (roots: people without a manager), or below `rootEmployeeId`, or the ' +
          'employees of `departmentId` and its sub-departments (roots: those whose manager is outside it). ' +
          'Terminated employees are left out unless `includeTerminated=true`.',
        querystring: orgChartQuerySchema,
        response: { 200: orgChartSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.orgChart(request.query),
  );

  app.get(
    '/api/employees/:id',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'Get an employee with department, manager, skills and direct reports',
        params: idParamsSchema,
        response: { ...detailResponse, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const employee = await service.getEmployee(request.params.id);
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.post(
    '/api/employees',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Add an employee',
        body: createEmployeeBodySchema,
        response: { 201: employeeDetailSchema, ...commonProblems, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const employee = await service.createEmployee(auditActor(request), request.body);
      sendEntityTag(reply, employee.version);
      return reply.code(201).header('location', `/api/employees/${employee.id}`).send(employee);
    },
  );

  app.patch(
    '/api/employees/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Change an employee’s record',
        description: `Status, manager, skills and account have their own operations. ${ifMatchNote}`,
        params: idParamsSchema,
        body: updateEmployeeBodySchema,
        response: { ...detailResponse, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const employee = await service.updateEmployee(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.post(
    '/api/employees/:id/status',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Change an employee’s status: leave, return, terminate, rehire',
        description:
          'Terminating keeps the record, moves the person’s direct reports to their own manager and clears ' +
          `the departments they headed. ${ifMatchNote}`,
        params: idParamsSchema,
        body: changeStatusBodySchema,
        response: { ...detailResponse, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const employee = await service.changeStatus(
        auditActor(request),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.put(
    '/api/employees/:id/manager',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Set whom an employee reports to',
        description: `No one may report to themselves or to someone below them (409 manager_cycle). ${ifMatchNote}`,
        params: idParamsSchema,
        body: setManagerBodySchema,
        response: { ...detailResponse, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const employee = await service.setManager(
        auditActor(request),
        request.params.id,
        request.body.managerId,
        expectedVersion(request),
      );
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.put(
    '/api/employees/:id/skills',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Set an employee’s skills and levels (the complete set)',
        description: ifMatchNote,
        params: idParamsSchema,
        body: setSkillsBodySchema,
        response: { ...detailResponse, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      const employee = await service.setSkills(
        auditActor(request),
        request.params.id,
        request.body.skills,
        expectedVersion(request),
      );
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.put(
    '/api/employees/:id/user',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Link the employee’s sign-in account',
        description: `An existing staff account that belongs to no other employee. ${ifMatchNote}`,
        params: idParamsSchema,
        body: linkUserBodySchema,
        response: { ...detailResponse, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      const employee = await service.linkUser(
        auditActor(request),
        request.params.id,
        request.body.userId,
        expectedVersion(request),
      );
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.delete(
    '/api/employees/:id/user',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Unlink the employee’s sign-in account (the account itself stays)',
        description: ifMatchNote,
        params: idParamsSchema,
        response: { ...detailResponse, ...problemResponses(404, 412) },
      },
    },
    async (request, reply) => {
      const employee = await service.unlinkUser(
        auditActor(request),
        request.params.id,
        expectedVersion(request),
      );
      sendEntityTag(reply, employee.version);
      return employee;
    },
  );

  app.delete(
    '/api/employees/:id',
    {
      config: { permission: 'employees:manage' },
      schema: {
        tags,
        summary: 'Delete an employee record entered by mistake',
        description:
          'Only a record nothing refers to (409 employee_in_use otherwise, with `uses`); people who worked ' +
          'here are terminated instead.',
        params: idParamsSchema,
        response: { 204: z.null(), ...commonProblems, ...problemResponses(404, 409, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteEmployee(auditActor(request), request.params.id, expectedVersion(request));
      return reply.code(204).send(null);
    },
  );
};
