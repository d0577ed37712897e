import type { UserRole } from '@smartcrm/api-client';

/** Support settings (`tickets:manage` in the server's matrix): administrators and managers. */
export function canManageSupportSettings(role: UserRole): boolean {
  return role === 'admin' || role === 'manager';
}
