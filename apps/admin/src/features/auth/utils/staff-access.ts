import type { UserRole } from '@smartcrm/api-client';

/** The dashboard is for staff; customers have the portal. */
export function isStaffRole(role: UserRole): boolean {
  return role !== 'customer';
}
