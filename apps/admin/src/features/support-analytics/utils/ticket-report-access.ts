import type { UserRole } from '@smartcrm/api-client';

/** Support analytics (`ticket_reports:read` in the server's matrix): administrators, managers and agents. */
export function canReadTicketReports(role: UserRole): boolean {
  return role === 'admin' || role === 'manager' || role === 'agent';
}
