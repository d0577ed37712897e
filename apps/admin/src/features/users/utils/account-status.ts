import type { ManagedUser } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

/** Whether the person can sign in: `invited` accounts have not set a password yet. */
export type AccountStatus = 'active' | 'invited' | 'inactive';

export function accountStatus(user: Pick<ManagedUser, 'isActive' | 'hasPassword'>): AccountStatus {
  if (!user.isActive) return 'inactive';
  return user.hasPassword ? 'active' : 'invited';
}

export const accountStatusStyles: EnumStyles<AccountStatus> = {
  active: { label: 'users.status.active', color: 'green' },
  invited: { label: 'users.status.invited', color: 'yellow' },
  inactive: { label: 'users.status.inactive', color: 'gray' },
};
