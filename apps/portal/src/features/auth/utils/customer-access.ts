import type { User } from '@smartcrm/api-client';

/** The portal is for customers; staff have the admin dashboard. */
export function isCustomer(user: Pick<User, 'role'>): boolean {
  return user.role === 'customer';
}
