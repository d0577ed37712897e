import type { ModuleDefinition } from '../../platform/http/app';
import { employeeRoutes } from './routes';

export { employees, employeeStatuses } from './schema';
export type { EmployeeDto } from './dto';

/** Workforce: employees, their departments and roles. */
export const workforceModule: ModuleDefinition = { name: 'workforce', routes: employeeRoutes };
