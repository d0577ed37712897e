import type { ModuleDefinition } from '../../platform/http/app';
import { employeeRoutes } from './routes';

export type { EmployeeDto } from './dto';
export { employeeStatuses, employees } from './schema';

/** Workforce: employees, their departments and roles. */
export const workforceModule: ModuleDefinition = { name: 'workforce', routes: employeeRoutes };
