import { canSeeClientRow, customerClientScope } from '../../platform/auth/customer-scope';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import type { OrderListQuery } from './dto';
import { findOrderById, findOrders } from './order.repository';

export function createOrderService(deps: { db: Database }) {
  const { db } = deps;
  return {
    /** A customer's list is always narrowed to its own client, whatever filter it sends. */
    listOrders(user: AuthenticatedUser, query: OrderListQuery) {
      const scope = customerClientScope(user);
      return findOrders(db, scope === undefined ? query : { ...query, clientId: scope });
    },

    async getOrder(user: AuthenticatedUser, id: number) {
      const order = await findOrderById(db, id);
      // Another client's order is reported as missing, so ids cannot be probed.
      if (!order || !canSeeClientRow(user, order.clientId)) throw notFound('order', id);
      return order;
    },
  };
}
