import type { UserRole } from '@smartcrm/api-client';

/** Live reports (`reports:read` in the server's matrix): administrators, managers and sales; not agents. */
export function canReadReports(role: UserRole): boolean {
  return role === 'admin' || role === 'manager' || role === 'sales';
}
