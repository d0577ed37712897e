import type { Client, UserRole } from '@smartcrm/api-client';

/** What a role may do with clients, following the server's permission matrix (the server still decides). */
export type ClientAccess = {
  /** Create clients and change profiles, stages and contacts (sales: only their own or unowned clients). */
  write: boolean;
  /** Archive, restore, delete, merge and import. */
  manage: boolean;
  logInteractions: boolean;
  tasks: boolean;
  segments: boolean;
  recordSatisfaction: boolean;
  defineCustomFields: boolean;
  /** RFM scores and the satisfaction report. */
  readReports: boolean;
  /** Sales users may name only themselves as owner. */
  chooseAnyOwner: boolean;
};

const among = (role: UserRole, roles: readonly UserRole[]) => roles.includes(role);

export function clientAccess(role: UserRole | undefined): ClientAccess {
  if (!role) {
    return {
      write: false,
      manage: false,
      logInteractions: false,
      tasks: false,
      segments: false,
      recordSatisfaction: false,
      defineCustomFields: false,
      readReports: false,
      chooseAnyOwner: false,
    };
  }
  return {
    write: among(role, ['admin', 'manager', 'sales']),
    manage: among(role, ['admin', 'manager']),
    logInteractions: among(role, ['admin', 'manager', 'sales', 'agent']),
    tasks: among(role, ['admin', 'manager', 'sales', 'agent']),
    segments: among(role, ['admin', 'manager', 'sales']),
    recordSatisfaction: among(role, ['admin', 'manager', 'agent']),
    defineCustomFields: role === 'admin',
    readReports: among(role, ['admin', 'manager', 'sales']),
    chooseAnyOwner: among(role, ['admin', 'manager']),
  };
}

/** Whether this user may change this client: sales users only their own clients or those nobody owns. */
export function canChangeClient(
  user: { id: number; role: UserRole } | undefined,
  client: Pick<Client, 'ownerUserId'>,
): boolean {
  if (!user || !clientAccess(user.role).write) return false;
  if (user.role !== 'sales') return true;
  return client.ownerUserId === null || client.ownerUserId === user.id;
}

/** Client settings (custom fields, relationship rules) are for those who manage clients. */
export function canOpenClientSettings(role: UserRole): boolean {
  return clientAccess(role).manage;
}
