import type { MessageKey } from '../../../i18n/messages-en';

const roleKeys: Record<string, MessageKey> = {
  admin: 'role.admin',
  manager: 'role.manager',
  agent: 'role.agent',
  sales: 'role.sales',
  customer: 'role.customer',
};

/** The message key naming a role, or null for a role this UI does not know yet. */
export function roleMessageKey(role: string): MessageKey | null {
  return roleKeys[role] ?? null;
}
