import type { AuthenticatedUser } from './tokens';

// No client has id 0, so a customer account somehow missing its client sees nothing rather than everything.
const NO_CLIENT = 0;

/**
 * The one client whose rows the caller may see: a customer's own client, or undefined for staff, who
 * are limited by role permissions instead.
 */
export function customerClientScope(user: AuthenticatedUser): number | undefined {
  return user.role === 'customer' ? (user.clientId ?? NO_CLIENT) : undefined;
}

/** False when a customer asks for a row of another client; such rows are reported as missing. */
export function canSeeClientRow(user: AuthenticatedUser, rowClientId: number): boolean {
  const scope = customerClientScope(user);
  return scope === undefined || scope === rowClientId;
}
