import type { MessageKey } from '../../../i18n/messages-en';

// Readable names of the scopes this UI knows; the list a user may grant comes from the server
// (GET /api/api-keys/scopes), and a scope without a name here shows as its code.
const scopeLabels: Readonly<Record<string, MessageKey>> = {
  'products:read': 'apiKeys.scope.productsRead',
  'clients:read': 'apiKeys.scope.clientsRead',
  'orders:read': 'apiKeys.scope.ordersRead',
  'employees:read': 'apiKeys.scope.employeesRead',
  'tickets:read': 'apiKeys.scope.ticketsRead',
  'notifications:read': 'apiKeys.scope.notificationsRead',
  'chat:use': 'apiKeys.scope.chatUse',
  'users:read': 'apiKeys.scope.usersRead',
  'users:manage': 'apiKeys.scope.usersManage',
  'audit:read': 'apiKeys.scope.auditRead',
  'profile:read': 'apiKeys.scope.profileRead',
  'profile:update': 'apiKeys.scope.profileUpdate',
  'api_keys:manage': 'apiKeys.scope.apiKeysManage',
  'session:end': 'apiKeys.scope.sessionEnd',
};

/** The label of a scope this UI knows, or null (shown as its code). */
export function scopeLabel(scope: string): MessageKey | null {
  return scopeLabels[scope] ?? null;
}
