import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { commonProblems, problemResponses } from '../../platform/http/errors';
import { idParamsSchema, pageSchema } from '../../platform/http/pagination';
import { employeeListQuerySchema, employeeSchema } from './dto';
import { createEmployeeService } from './employee.service';

export const employeeRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createEmployeeService({ db: context.database.db });
  const tags = ['employees'];

  app.get(
    '/api/employees',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'List employees',
        description: '`q` searches name and email.',
        querystring: employeeListQuerySchema,
        response: { 200: pageSchema(employeeSchema), ...commonProblems },
      },
    },
    async (request) => service.listEmployees(request.query),
  );

  app.get(
    '/api/employees/:id',
    {
      config: { permission: 'employees:read' },
      schema: {
        tags,
        summary: 'Get an employee',
        params: idParamsSchema,
        response: { 200: employeeSchema, ...commonProblems, ...problemResponses(404) },
      },
    },
    async (request) => service.getEmployee(request.params.id),
  );
};
