import type { UserRole } from '@smartcrm/api-client';

/** The dashboard is for staff; customers have the portal. */
export function isStaffRole(role: UserRole): boolean {
  return role !== 'customer';
}

/** Only administrators manage accounts and read the audit log (the server enforces it; the UI follows). */
export function isAdministrator(role: UserRole): boolean {
  return role === 'admin';
}
