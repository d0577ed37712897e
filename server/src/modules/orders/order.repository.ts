import { and, eq, ilike } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { clients } from '../clients';
import type { OrderDto, OrderListQuery } from './dto';
import { orders } from './schema';

const sortableColumns = {
  orderDate: orders.orderDate,
  totalAmount: orders.totalAmount,
  createdAt: orders.createdAt,
};

const orderFields = {
  id: orders.id,
  clientId: orders.clientId,
  clientName: clients.companyName,
  totalAmount: orders.totalAmount,
  status: orders.status,
  orderDate: orders.orderDate,
  deliveryDate: orders.deliveryDate,
  version: orders.version,
  createdAt: orders.createdAt,
  updatedAt: orders.updatedAt,
};

export async function findOrders(executor: Executor, query: OrderListQuery): Promise<Page<OrderDto>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: orders.id });
  const rows = await executor
    .select(orderFields)
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .where(
      and(
        plan.where,
        query.q ? ilike(clients.companyName, containsPattern(query.q)) : undefined,
        query.status ? eq(orders.status, query.status) : undefined,
        query.clientId ? eq(orders.clientId, query.clientId) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findOrderById(executor: Executor, id: number): Promise<OrderDto | undefined> {
  const [row] = await executor
    .select(orderFields)
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .where(eq(orders.id, id));
  return row;
}
