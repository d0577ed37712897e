import type { UserRole } from './roles';

/**
 * The permission matrix: which roles may do what. Routes name the permission they need
 * (`config.permission`); the check happens once, in the authorization hook. Row-level limits
 * (a customer only sees its own client's rows) are applied by each module's service.
 */
export const permissionMatrix = {
  'products:read': ['admin', 'manager', 'sales', 'agent'],
  // Product data, lifecycle, categories and price rules.
  'products:manage': ['admin', 'manager'],
  // Receipts, adjustments and returns in the stock ledger (orders reserve and ship through their own routes).
  'inventory:manage': ['admin', 'manager'],
  'clients:read': ['admin', 'manager', 'sales', 'agent', 'customer'],
  // Sales users may change only the clients they own (or that nobody owns yet); see the ownership rules.
  'clients:write': ['admin', 'manager', 'sales'],
  // Delete, merge duplicates, bulk import.
  'clients:manage': ['admin', 'manager'],
  'interactions:write': ['admin', 'manager', 'sales', 'agent'],
  'tasks:write': ['admin', 'manager', 'sales', 'agent'],
  'segments:manage': ['admin', 'manager', 'sales'],
  'satisfaction:write': ['admin', 'manager', 'agent'],
  // Definitions of custom fields: a system setting.
  'custom_fields:manage': ['admin'],
  'orders:read': ['admin', 'manager', 'sales', 'agent', 'customer'],
  // Create, edit, confirm and cancel orders, and price baskets (quotes).
  'orders:write': ['admin', 'manager', 'sales'],
  'payments:write': ['admin', 'manager', 'sales'],
  'fulfilment:write': ['admin', 'manager'],
  // Revenue, product performance and other live reports.
  'reports:read': ['admin', 'manager', 'sales'],
  'employees:read': ['admin', 'manager', 'agent', 'sales'],
  'employees:manage': ['admin', 'manager'],
  // Each staff user's own saved list views.
  'views:manage': ['admin', 'manager', 'agent', 'sales'],
  'tickets:read': ['admin', 'manager', 'agent', 'sales', 'customer'],
  // Open a ticket; customers also reply to, close and rate their own client's tickets.
  'tickets:create': ['admin', 'manager', 'agent', 'sales', 'customer'],
  // Work tickets: status, priority, assignment, replies, internal notes, merge, bulk actions, own availability.
  'tickets:write': ['admin', 'manager', 'agent'],
  // Queues, categories, routing, agents' capacity, SLA policies, business hours, priority rules.
  'tickets:manage': ['admin', 'manager'],
  // Resolution analytics: response and resolution times, SLA attainment, backlog, reopen rate, CSAT.
  'ticket_reports:read': ['admin', 'manager', 'agent'],
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
