import type { ModuleDefinition } from '../../platform/http/app';
import { workforceRoutes } from './routes';

export type { EmployeeDetailDto, EmployeeDto, EmployeeSkillDto } from './dto';
export { type EmployeeWithSkills, findEmployeesWithSkills } from './employee.repository';
export { departments, employeeSkills, employeeStatuses, employees, skills } from './schema';

/** Workforce: employees, their departments, reporting lines and skills. */
export const workforceModule: ModuleDefinition = { name: 'workforce', routes: workforceRoutes };
