import type { UserRole } from '@smartcrm/api-client';

const workers: readonly UserRole[] = ['admin', 'manager', 'agent'];

/**
 * Whether a role works tickets (`tickets:write`: assign, change status and priority, internal notes, bulk
 * actions, history). Everyone on staff may read tickets and open them; the server enforces all of it.
 */
export function canWorkTickets(role: UserRole | undefined): boolean {
  return role !== undefined && workers.includes(role);
}
