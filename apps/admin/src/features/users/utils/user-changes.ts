import type { ManagedUser, ManagedUserUpdate, UserRole } from '@smartcrm/api-client';

export type UserFormValues = { name: string; role: UserRole; isActive: boolean };

export function userFormValues(user: Pick<ManagedUser, 'name' | 'role' | 'isActive'>): UserFormValues {
  return { name: user.name ?? '', role: user.role, isActive: user.isActive };
}

/**
 * Only the fields the admin changed. Sending an unchanged role or active flag is not harmless: the server
 * refuses any such change to one's own account, and ends the sessions of an account whose access changes.
 */
export function changedUserFields(initial: UserFormValues, values: UserFormValues): ManagedUserUpdate {
  const changes: ManagedUserUpdate = {};
  const name = values.name.trim();
  if (name !== initial.name.trim()) changes.name = name || null;
  if (values.role !== initial.role) changes.role = values.role;
  if (values.isActive !== initial.isActive) changes.isActive = values.isActive;
  return changes;
}
