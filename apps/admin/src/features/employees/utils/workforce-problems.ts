import { isApiProblem } from '@smartcrm/api-client';
import { problemExtension } from '../../../api/problem-extensions';

export function isVersionConflict(error: unknown): boolean {
  return isApiProblem(error) && error.code === 'version_conflict';
}

/** What refers to an employee, as the server names it in `uses` (409 `employee_in_use`). */
export const employeeUses = ['direct_reports', 'department_head', 'user_account', 'other_records'] as const;
export type EmployeeUse = (typeof employeeUses)[number];

/** The reasons a delete was refused, in the server's words; unknown ones are dropped. */
export function employeeInUseReasons(error: unknown): EmployeeUse[] {
  if (!isApiProblem(error) || error.code !== 'employee_in_use') return [];
  const uses = problemExtension(error, 'uses');
  if (!Array.isArray(uses)) return [];
  return employeeUses.filter((use) => uses.includes(use));
}

/**
 * What the loaded record already says would block deleting it. Headed departments and other modules'
 * records are not on the record; only the server knows those.
 */
export function knownEmployeeUses(employee: { directReports: readonly unknown[]; userId: number | null }) {
  const uses: EmployeeUse[] = [];
  if (employee.directReports.length > 0) uses.push('direct_reports');
  if (employee.userId !== null) uses.push('user_account');
  return uses;
}
