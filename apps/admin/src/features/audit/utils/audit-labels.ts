import type { MessageKey } from '../../../i18n/messages-en';
import type { EnumStyles } from '../../listing/utils/enum-style';

/** The actions the server records today; others still show, under their code. */
export const auditActionStyles: EnumStyles<string> = {
  invite: { label: 'audit.action.invite', color: 'blue' },
  reinvite: { label: 'audit.action.reinvite', color: 'blue' },
  update: { label: 'audit.action.update', color: 'yellow' },
  update_profile: { label: 'audit.action.update_profile', color: 'yellow' },
  change_password: { label: 'audit.action.change_password', color: 'violet' },
  start_password_reset: { label: 'audit.action.start_password_reset', color: 'violet' },
  delete: { label: 'audit.action.delete', color: 'red' },
  revoke_invitation: { label: 'audit.action.revoke_invitation', color: 'red' },
  create: { label: 'audit.action.create', color: 'blue' },
  revoke: { label: 'audit.action.revoke', color: 'red' },
};

export const auditResourceLabels: Partial<Record<string, MessageKey>> = {
  user: 'audit.resource.user',
  api_key: 'audit.resource.api_key',
};

const fieldLabels: Partial<Record<string, MessageKey>> = {
  id: 'field.id',
  name: 'field.personName',
  email: 'field.email',
  username: 'users.username',
  role: 'users.role',
  isActive: 'users.edit.active',
  hasPassword: 'audit.field.hasPassword',
  passwordHash: 'auth.password',
  clientId: 'users.client',
  phone: 'profile.phone',
  locale: 'profile.language',
  timeZone: 'profile.timeZone',
  avatarUrl: 'profile.avatarUrl',
  lastLogin: 'users.lastLogin',
  scopes: 'apiKeys.scopes',
  expiresAt: 'apiKeys.expires',
};

/** The message naming a changed field, or null for a field this UI does not know (its name is shown). */
export function auditFieldLabel(field: string): MessageKey | null {
  return fieldLabels[field] ?? null;
}

/** Where an entry's record lives in this app, when it has a page. */
export function auditRecordPath(resource: string, resourceId: string | null): string | null {
  if (!resourceId) return null;
  return resource === 'user' ? `/users/${resourceId}` : null;
}
