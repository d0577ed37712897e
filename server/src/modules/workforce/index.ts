import type { ModuleDefinition } from '../../platform/http/app';
import { workforceRoutes } from './routes';

export { findDepartmentById } from './department.repository';
export type { EmployeeDetailDto, EmployeeDto, EmployeeSkillDto } from './dto';
export {
  type EmployeeCard,
  type EmployeeWithSkills,
  findEmployeeByUserId,
  findEmployeeCards,
  findEmployeeSkillLevels,
  findEmployeesWithSkills,
} from './employee.repository';
export { employeeStatusChanged } from './events';
export { departments, employeeSkills, employeeStatuses, employees, skills } from './schema';
export { findSkillsByIds } from './skill.repository';

/** Workforce: employees, their departments, reporting lines and skills. */
export const workforceModule: ModuleDefinition = { name: 'workforce', routes: workforceRoutes };
