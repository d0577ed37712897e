import type { UserRole } from './roles';

/**
 * The permission matrix: which roles may do what. Routes name the permission they need
 * (`config.permission`); the check happens once, in the authorization hook. Row-level limits
 * (a customer only sees its own client's rows) are applied by each module's service.
 */
export const permissionMatrix = {
  'products:read': ['admin', 'manager', 'sales', 'agent'],
  'clients:read': ['admin', 'manager', 'sales', 'agent', 'customer'],
  'orders:read': ['admin', 'manager', 'sales', 'agent', 'customer'],
  'employees:read': ['admin', 'manager', 'agent', 'sales'],
  'tickets:read': ['admin', 'manager', 'agent', 'sales', 'customer'],
  'notifications:read': ['admin', 'manager', 'agent', 'sales', 'customer'],
  'chat:use': ['admin', 'manager', 'agent', 'sales', 'customer'],
  'users:read': ['admin'],
  'users:manage': ['admin'],
  'audit:read': ['admin'],
  'profile:read': ['admin', 'manager', 'agent', 'sales', 'customer'],
  'profile:update': ['admin', 'manager', 'agent', 'sales', 'customer'],
  'api_keys:manage': ['admin', 'manager', 'agent', 'sales', 'customer'],
  'session:end': ['admin', 'manager', 'agent', 'sales', 'customer'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof permissionMatrix;

export function roleHasPermission(role: UserRole, permission: Permission): boolean {
  return (permissionMatrix[permission] as readonly UserRole[]).includes(role);
}
