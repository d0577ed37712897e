import type { UserRole } from '@smartcrm/api-client';
import type { OrderAction, OrderSummary } from '../api/order-types';

/**
 * What a staff role may do with orders, as the server's permission matrix grants it (`orders:write`,
 * `payments:write`, `fulfilment:write`). The server enforces all of it; the UI only hides what would fail.
 */
export type OrderPermissions = { write: boolean; payments: boolean; fulfilment: boolean };

const writers: readonly UserRole[] = ['admin', 'manager', 'sales'];
const fulfillers: readonly UserRole[] = ['admin', 'manager'];

export function orderPermissions(role: UserRole | undefined): OrderPermissions {
  const can = (roles: readonly UserRole[]) => role !== undefined && roles.includes(role);
  return { write: can(writers), payments: can(writers), fulfilment: can(fulfillers) };
}

/**
 * Sales users change only their own orders or unowned ones. An unowned order may still belong to the
 * client's account manager, which the order does not say: the server decides that case (403 `not_owner`).
 */
export function mayChangeOrder(
  user: { id: number; role: UserRole } | undefined,
  order: Pick<OrderSummary, 'ownerUserId'>,
): boolean {
  if (!user) return false;
  if (user.role !== 'sales') return true;
  return order.ownerUserId === null || order.ownerUserId === user.id;
}

const permissionOfAction: Record<OrderAction, keyof OrderPermissions> = {
  edit: 'write',
  delete: 'write',
  confirm: 'write',
  cancel: 'write',
  close: 'write',
  record_payment: 'payments',
  record_refund: 'payments',
  ship: 'fulfilment',
  deliver: 'fulfilment',
  return_items: 'fulfilment',
};

/** The order's available actions this user may take: its status allows them and the role has the permission. */
export function actionsFor(
  user: { id: number; role: UserRole } | undefined,
  order: Pick<OrderSummary, 'ownerUserId'> & { availableActions: readonly OrderAction[] },
): Set<OrderAction> {
  const permissions = orderPermissions(user?.role);
  // Ownership binds every write of a sales user, payments included (the server checks it on each).
  if (!mayChangeOrder(user, order)) return new Set();
  return new Set(order.availableActions.filter((action) => permissions[permissionOfAction[action]]));
}
