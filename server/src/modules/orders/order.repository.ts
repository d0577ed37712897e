import { and, asc, eq, gte, ilike, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import type { Page } from '../../platform/http/pagination';
import { products } from '../catalog';
import { clients } from '../clients';
import { users } from '../identity';
import type { OrderListQuery } from './dto';
import { receivableStatuses } from './order-workflow.util';
import { orderItems, orderStatusChanges, orders, payments, shipmentItems, shipments } from './schema';

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type NewOrderItem = Omit<typeof orderItems.$inferInsert, 'orderId'>;
export type OrderChanges = Partial<Omit<typeof orders.$inferInsert, 'id' | 'version' | 'createdAt'>>;

const sortableColumns = {
  orderDate: orders.orderDate,
  totalAmount: orders.totalAmount,
  createdAt: orders.createdAt,
};

const listFields = {
  id: orders.id,
  clientId: orders.clientId,
  clientName: clients.companyName,
  status: orders.status,
  paymentStatus: orders.paymentStatus,
  fulfilmentStatus: orders.fulfilmentStatus,
  currency: orders.currency,
  subtotal: orders.subtotal,
  discountTotal: orders.discountTotal,
  taxTotal: orders.taxTotal,
  totalAmount: orders.totalAmount,
  amountPaid: orders.amountPaid,
  amountRefunded: orders.amountRefunded,
  dueDate: orders.dueDate,
  ownerUserId: orders.ownerUserId,
  ownerName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
  orderDate: orders.orderDate,
  deliveryDate: orders.deliveryDate,
  confirmedAt: orders.confirmedAt,
  cancelledAt: orders.cancelledAt,
  closedAt: orders.closedAt,
  notes: orders.notes,
  version: orders.version,
  createdAt: orders.createdAt,
  updatedAt: orders.updatedAt,
};

function selectListRows(executor: Executor) {
  return executor
    .select(listFields)
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .leftJoin(users, eq(users.id, orders.ownerUserId));
}
export type OrderListRow = Awaited<ReturnType<typeof selectListRows>>[number];

/** Money is owed and the due day has passed (today is a YYYY-MM-DD day in UTC). */
export function overdueCondition(today: string): SQL {
  return sql`(${inArray(orders.status, receivableStatuses)} and ${orders.amountPaid} < ${orders.totalAmount}
    and ${orders.dueDate} < ${today}::date)`;
}

export async function findOrders(
  executor: Executor,
  query: OrderListQuery,
  today: string,
): Promise<Page<OrderListRow>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: orders.id });
  const rows = await selectListRows(executor)
    .where(
      and(
        plan.where,
        query.q ? ilike(clients.companyName, containsPattern(query.q)) : undefined,
        query.status ? eq(orders.status, query.status) : undefined,
        query.paymentStatus ? eq(orders.paymentStatus, query.paymentStatus) : undefined,
        query.fulfilmentStatus ? eq(orders.fulfilmentStatus, query.fulfilmentStatus) : undefined,
        query.clientId ? eq(orders.clientId, query.clientId) : undefined,
        query.ownerUserId ? eq(orders.ownerUserId, query.ownerUserId) : undefined,
        query.overdue === true ? overdueCondition(today) : undefined,
        query.overdue === false ? sql`not coalesce(${overdueCondition(today)}, false)` : undefined,
        query.from ? gte(orders.orderDate, query.from) : undefined,
        query.to ? lt(orders.orderDate, query.to) : undefined,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.toPage(rows);
}

export async function findOrderListRow(executor: Executor, id: number): Promise<OrderListRow | undefined> {
  const [row] = await selectListRows(executor).where(eq(orders.id, id));
  return row;
}

/** The order row; with `lock`, held until the transaction ends, so concurrent writes to it queue up. */
export async function findOrderRow(
  executor: Executor,
  id: number,
  options: { lock?: boolean } = {},
): Promise<OrderRow | undefined> {
  const query = executor.select().from(orders).where(eq(orders.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertOrder(executor: Executor, values: typeof orders.$inferInsert): Promise<OrderRow> {
  const [row] = await executor.insert(orders).values(values).returning();
  if (!row) throw new Error('insert into orders returned no row');
  return row;
}

/** Writes the changes and bumps the version; undefined when `expectedVersion` is stale. */
export async function updateOrderRow(
  executor: Executor,
  id: number,
  changes: OrderChanges,
  expectedVersion?: number,
): Promise<OrderRow | undefined> {
  const [row] = await executor
    .update(orders)
    .set({ ...changes, version: sql`${orders.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(orders.id, id), expectedVersion === undefined ? undefined : eq(orders.version, expectedVersion)),
    )
    .returning();
  return row;
}

export async function deleteOrderRow(executor: Executor, id: number): Promise<void> {
  await executor.delete(orders).where(eq(orders.id, id));
}

export function findOrderItems(executor: Executor, orderId: number): Promise<OrderItemRow[]> {
  return executor
    .select()
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.id));
}

export async function replaceOrderItems(executor: Executor, orderId: number, items: NewOrderItem[]) {
  await executor.delete(orderItems).where(eq(orderItems.orderId, orderId));
  if (items.length > 0) await executor.insert(orderItems).values(items.map((item) => ({ ...item, orderId })));
}

export async function updateOrderItem(
  executor: Executor,
  id: number,
  changes: Partial<Omit<typeof orderItems.$inferInsert, 'id' | 'orderId'>>,
) {
  await executor
    .update(orderItems)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(orderItems.id, id));
}

export async function insertStatusChange(executor: Executor, change: typeof orderStatusChanges.$inferInsert) {
  await executor.insert(orderStatusChanges).values(change);
}

export function findStatusChanges(executor: Executor, orderId: number) {
  return executor
    .select()
    .from(orderStatusChanges)
    .where(eq(orderStatusChanges.orderId, orderId))
    .orderBy(asc(orderStatusChanges.id));
}

export async function insertPayment(executor: Executor, payment: typeof payments.$inferInsert) {
  const [row] = await executor.insert(payments).values(payment).returning();
  if (!row) throw new Error('insert into payments returned no row');
  return row;
}

export function findPayments(executor: Executor, orderId: number) {
  return executor
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(asc(payments.paidAt), asc(payments.id));
}

export async function insertShipment(
  executor: Executor,
  shipment: typeof shipments.$inferInsert,
  items: { orderItemId: number; quantity: number }[],
) {
  const [row] = await executor.insert(shipments).values(shipment).returning();
  if (!row) throw new Error('insert into shipments returned no row');
  await executor.insert(shipmentItems).values(items.map((item) => ({ ...item, shipmentId: row.id })));
  return row;
}

export async function findShipments(executor: Executor, orderId: number) {
  const rows = await executor
    .select()
    .from(shipments)
    .where(eq(shipments.orderId, orderId))
    .orderBy(asc(shipments.shippedAt), asc(shipments.id));
  if (rows.length === 0) return [];
  const items = await executor
    .select({
      shipmentId: shipmentItems.shipmentId,
      orderItemId: shipmentItems.orderItemId,
      productId: orderItems.productId,
      quantity: shipmentItems.quantity,
    })
    .from(shipmentItems)
    .innerJoin(orderItems, eq(orderItems.id, shipmentItems.orderItemId))
    .where(
      inArray(
        shipmentItems.shipmentId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(shipmentItems.id));
  return rows.map((row) => ({
    ...row,
    items: items
      .filter((item) => item.shipmentId === row.id)
      .map(({ shipmentId: _shipment, ...item }) => item),
  }));
}

export async function markShipmentDelivered(executor: Executor, shipmentId: number, deliveredAt: Date) {
  await executor
    .update(shipments)
    .set({ deliveredAt, version: sql`${shipments.version} + 1`, updatedAt: new Date() })
    .where(eq(shipments.id, shipmentId));
}

/** What an order line records about its product: a read of the catalogue's own table. */
export function findProductSnapshots(executor: Executor, productIds: number[]) {
  return executor
    .select({
      id: products.id,
      name: products.name,
      sku: products.sku,
      currency: products.currency,
      status: products.status,
    })
    .from(products)
    .where(inArray(products.id, productIds));
}

/** An active staff account, as an order owner must be. */
export async function findStaffUser(executor: Executor, id: number) {
  const [row] = await executor
    .select({ id: users.id, role: users.role, isActive: users.isActive })
    .from(users)
    .where(and(eq(users.id, id), sql`${users.role} <> 'customer'`, eq(users.isActive, true)));
  return row;
}
