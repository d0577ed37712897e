import type { User } from '@smartcrm/api-client';

/** How the portal addresses a customer: their name, else their email address. */
export function displayName(user: Pick<User, 'name' | 'email'>): string {
  return user.name?.trim() || user.email;
}
