import type { UserRole } from '@smartcrm/api-client';

const managers: readonly UserRole[] = ['admin', 'manager'];

/**
 * Whether the role holds `employees:manage` in the server's permission matrix: employees, departments and
 * skills are changed by admins and managers; agents and sales only read them. The server enforces it; the
 * UI hides what would fail.
 */
export function canManageWorkforce(role: UserRole | undefined): boolean {
  return role !== undefined && managers.includes(role);
}
