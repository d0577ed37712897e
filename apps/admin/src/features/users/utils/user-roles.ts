import type { UserRole } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

export const staffRoles = ['admin', 'manager', 'agent', 'sales'] as const satisfies readonly UserRole[];
export const userRoles: readonly UserRole[] = [...staffRoles, 'customer'];

/** The roles an account can be given: staff stay staff and customers stay customers (the server refuses otherwise). */
export function assignableRoles(current: UserRole): readonly UserRole[] {
  return current === 'customer' ? ['customer'] : staffRoles;
}

export const roleStyles: EnumStyles<UserRole> = {
  admin: { label: 'role.admin', color: 'grape' },
  manager: { label: 'role.manager', color: 'indigo' },
  agent: { label: 'role.agent', color: 'blue' },
  sales: { label: 'role.sales', color: 'teal' },
  customer: { label: 'role.customer', color: 'gray' },
};
