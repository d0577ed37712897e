import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { departmentRoutes } from './department.routes';
import { employeeRoutes } from './employee.routes';
import { skillRoutes } from './skill.routes';
import { staffRoutes } from './staff.routes';

/** Every workforce route: employees (with the org chart), departments, skills and the staff look-up. */
export const workforceRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, options) => {
  await app.register(employeeRoutes, options);
  await app.register(departmentRoutes, options);
  await app.register(skillRoutes, options);
  await app.register(staffRoutes, options);
};
