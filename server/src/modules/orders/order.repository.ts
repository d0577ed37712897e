import {
  and,
  asc,
  eq,
  getTableColumns,
  gte,
  ilike,
  inArray,
  lt,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/database';
import { containsPattern, planKeyset } from '../../platform/db/keyset';
import { preparedQuery, reusableStatement } from '../../platform/db/prepared';
import type { Page } from '../../platform/http/pagination';
import { products } from '../catalog';
import { clients } from '../clients';
import { users } from '../identity';
import type { OrderListQuery } from './dto';
import { type OrderStatus, receivableStatuses } from './order-workflow.util';
import { orderItems, orderStatusChanges, orders, payments, shipmentItems, shipments } from './schema';

export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type NewOrderItem = Omit<typeof orderItems.$inferInsert, 'orderId'>;
export type OrderChanges = Partial<Omit<typeof orders.$inferInsert, 'id' | 'version' | 'createdAt'>>;
export type StatusChangeRow = typeof orderStatusChanges.$inferSelect;
/** The order row with its owner's display name, which an answer about the order shows. */
export type OrderRowWithOwner = OrderRow & { ownerName: string | null };

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

/** Money is owed and the due day has passed (today is a YYYY-MM-DD day in UTC, or a placeholder for it). */
export function overdueCondition(today: string | Placeholder): SQL {
  return sql`(${inArray(orders.status, receivableStatuses)} and ${orders.amountPaid} < ${orders.totalAmount}
    and ${orders.dueDate} < ${today}::date)`;
}

/** Which parts a list statement has: the filters present, the sort and whether it continues after a cursor. */
type OrderListShape = {
  sort: OrderListQuery['sort'];
  afterCursor: boolean;
  overdue: boolean | undefined;
  filters: Record<OrderListFilter, boolean>;
};

// The filters, each with the letter it adds to the statement's name.
const orderListFilters = {
  q: 'q',
  status: 's',
  paymentStatus: 'p',
  fulfilmentStatus: 'f',
  clientId: 'c',
  ownerUserId: 'o',
  from: 'a',
  to: 'b',
} as const;
type OrderListFilter = keyof typeof orderListFilters;

const sqlDialect = new PgDialect();

/**
 * One page of orders. The statement is prepared once per shape (sort, cursor, filters present), with the
 * values as placeholders: building the select costs a tenth of a list request's CPU, and on PostgreSQL a
 * named statement is also parsed once per connection.
 */
export async function findOrders(
  executor: Executor,
  query: OrderListQuery,
  today: string,
): Promise<Page<OrderListRow>> {
  const plan = planKeyset(query, { columns: sortableColumns, id: orders.id });
  const shape: OrderListShape = {
    sort: query.sort,
    afterCursor: plan.where !== undefined,
    overdue: query.overdue,
    filters: {
      q: Boolean(query.q),
      status: Boolean(query.status),
      paymentStatus: Boolean(query.paymentStatus),
      fulfilmentStatus: Boolean(query.fulfilmentStatus),
      clientId: Boolean(query.clientId),
      ownerUserId: Boolean(query.ownerUserId),
      from: Boolean(query.from),
      to: Boolean(query.to),
    },
  };
  const name = orderListStatementName(shape);
  const statement = preparedQuery(executor, name, (db) =>
    buildOrderListStatement(db, shape, plan.orderBy).prepare(name),
  );
  // The cursor's values, as planKeyset read and checked them: (sort value, id), or the id alone.
  const after = plan.where ? sqlDialect.sqlToQuery(plan.where).params : [];
  const rows = await statement.execute({
    fetch: plan.fetch,
    afterValue: after.length === 2 ? after[0] : undefined,
    afterId: after.at(-1),
    q: query.q ? containsPattern(query.q) : undefined,
    status: query.status,
    paymentStatus: query.paymentStatus,
    fulfilmentStatus: query.fulfilmentStatus,
    clientId: query.clientId,
    ownerUserId: query.ownerUserId,
    today,
    // Placeholders reach the driver unmapped, so dates go as the column would write them.
    from: query.from?.toISOString(),
    to: query.to?.toISOString(),
  });
  return plan.toPage(rows);
}

function orderListStatementName(shape: OrderListShape): string {
  const letters = Object.entries(orderListFilters)
    .filter(([filter]) => shape.filters[filter as OrderListFilter])
    .map(([, letter]) => letter)
    .join('');
  const overdue = shape.overdue === undefined ? '' : shape.overdue ? 'd' : 'n';
  return `orders_list_${shape.sort}_${shape.afterCursor ? 'k' : ''}${letters}${overdue}`;
}

function buildOrderListStatement(executor: Executor, shape: OrderListShape, orderBy: SQL[]) {
  const { filters } = shape;
  const descending = shape.sort.startsWith('-');
  const field = (descending ? shape.sort.slice(1) : shape.sort) as keyof typeof sortableColumns | 'id';
  const placeholder = sql.placeholder;
  return selectListRows(executor)
    .where(
      and(
        shape.afterCursor ? keysetAfter(field, descending) : undefined,
        filters.q ? ilike(clients.companyName, placeholder('q')) : undefined,
        filters.status ? eq(orders.status, placeholder('status')) : undefined,
        filters.paymentStatus ? eq(orders.paymentStatus, placeholder('paymentStatus')) : undefined,
        filters.fulfilmentStatus ? eq(orders.fulfilmentStatus, placeholder('fulfilmentStatus')) : undefined,
        filters.clientId ? eq(orders.clientId, placeholder('clientId')) : undefined,
        filters.ownerUserId ? eq(orders.ownerUserId, placeholder('ownerUserId')) : undefined,
        shape.overdue === true ? overdueCondition(placeholder('today')) : undefined,
        shape.overdue === false
          ? sql`not coalesce(${overdueCondition(placeholder('today'))}, false)`
          : undefined,
        filters.from ? gte(orders.orderDate, placeholder('from')) : undefined,
        filters.to ? lt(orders.orderDate, placeholder('to')) : undefined,
      ),
    )
    .orderBy(...orderBy)
    .limit(placeholder('fetch'));
}

// planKeyset's continuation condition, with the cursor's values as placeholders.
function keysetAfter(field: keyof typeof sortableColumns | 'id', descending: boolean): SQL {
  const comparison = sql.raw(descending ? '<' : '>');
  const afterId = sql.placeholder('afterId');
  if (field === 'id') return sql`${orders.id} ${comparison} ${afterId}`;
  const column = sortableColumns[field];
  return sql`(${column}, ${orders.id}) ${comparison} (${sql.placeholder('afterValue')}::${sql.raw(column.getSQLType())}, ${afterId})`;
}

export async function findOrderListRow(executor: Executor, id: number): Promise<OrderListRow | undefined> {
  const [row] = await selectListRows(executor).where(eq(orders.id, id));
  return row;
}

export type OrderReference = Pick<OrderRow, 'id' | 'clientId' | 'status' | 'totalAmount' | 'currency'>;

/** What another module needs to refer to an order (a ticket about it): whose it is and what it is worth. */
export async function findOrderReference(
  executor: Executor,
  id: number,
): Promise<OrderReference | undefined> {
  const [row] = await executor
    .select({
      id: orders.id,
      clientId: orders.clientId,
      status: orders.status,
      totalAmount: orders.totalAmount,
      currency: orders.currency,
    })
    .from(orders)
    .where(eq(orders.id, id));
  return row;
}

const lockRow = reusableStatement('orders_lock_row', (db) =>
  db
    .select({ ...getTableColumns(orders), ownerName: listFields.ownerName })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.ownerUserId))
    .where(eq(orders.id, sql.placeholder('id')))
    .for('update', { of: orders })
    .prepare('orders_lock_row'),
);

/** The order row, held until the transaction ends so concurrent writes to it queue up, with its owner's name. */
export async function lockOrderRow(executor: Executor, id: number): Promise<OrderRowWithOwner | undefined> {
  const [row] = await lockRow(executor).execute({ id });
  return row;
}

export type NewDraftOrder = Pick<
  typeof orders.$inferInsert,
  'clientId' | 'orderDate' | 'currency' | 'subtotal' | 'discountTotal' | 'taxTotal' | 'totalAmount'
> & { dueDate: string | null; notes: string | null; ownerUserId: number | null };

/** The insert of a new order; a confirmed one also takes its statuses and confirmation time. */
const insertOrderStatement = (name: string, confirmed: boolean) =>
  reusableStatement(name, (db) =>
    db
      .insert(orders)
      .values({
        clientId: sql.placeholder('clientId'),
        status: confirmed ? sql.placeholder('status') : 'draft',
        ...(confirmed
          ? {
              paymentStatus: sql.placeholder('paymentStatus'),
              fulfilmentStatus: sql.placeholder('fulfilmentStatus'),
              confirmedAt: sql.placeholder('confirmedAt'),
            }
          : {}),
        orderDate: sql.placeholder('orderDate'),
        currency: sql.placeholder('currency'),
        subtotal: sql.placeholder('subtotal'),
        discountTotal: sql.placeholder('discountTotal'),
        taxTotal: sql.placeholder('taxTotal'),
        totalAmount: sql.placeholder('totalAmount'),
        dueDate: sql.placeholder('dueDate'),
        notes: sql.placeholder('notes'),
        ownerUserId: sql.placeholder('ownerUserId'),
      })
      .returning({
        ...getTableColumns(orders),
        // Spelled out: drizzle writes a returning clause's columns without their table, which inside this
        // subquery would name the users' columns.
        ownerName: sql<string | null>`(select coalesce(owner.name, owner.email) from users as owner
          where owner.id = "orders"."owner_user_id")`,
      })
      .prepare(name),
  );

const insertDraft = insertOrderStatement('orders_insert_draft', false);
const insertConfirmed = insertOrderStatement('orders_insert_confirmed', true);

export type NewConfirmedOrder = NewDraftOrder &
  Pick<OrderRow, 'status' | 'paymentStatus' | 'fulfilmentStatus'> & { confirmedAt: Date };

/** A new order confirmed at once (created and confirmed in one step), with its owner's display name. */
export async function insertConfirmedOrder(
  executor: Executor,
  values: NewConfirmedOrder,
): Promise<OrderRowWithOwner> {
  const [row] = await insertConfirmed(executor).execute(values);
  if (!row) throw new Error('insert into orders returned no row');
  return row;
}

/** A new draft, with its owner's display name. */
export async function insertDraftOrder(
  executor: Executor,
  values: NewDraftOrder,
): Promise<OrderRowWithOwner> {
  const [row] = await insertDraft(executor).execute(values);
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

const selectItems = reusableStatement('orders_find_items', (db) =>
  db
    .select()
    .from(orderItems)
    .where(eq(orderItems.orderId, sql.placeholder('orderId')))
    .orderBy(asc(orderItems.id))
    .prepare('orders_find_items'),
);

export function findOrderItems(executor: Executor, orderId: number): Promise<OrderItemRow[]> {
  return selectItems(executor).execute({ orderId });
}

/** The lines of a new order, as written, in id order. */
export async function insertOrderItems(
  executor: Executor,
  orderId: number,
  items: NewOrderItem[],
): Promise<OrderItemRow[]> {
  if (items.length === 0) return [];
  const rows = await executor
    .insert(orderItems)
    .values(items.map((item) => ({ ...item, orderId })))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
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

export type LinePrice = {
  id: number;
  unitPrice: string;
  lineSubtotal: string;
  lineDiscount: string;
  lineTax: string;
  lineTotal: string;
  priceExplanation: Record<string, unknown>;
};

// One statement for all the lines: each array holds one value a line.
const repriceItems = reusableStatement('orders_reprice_items', (db) =>
  db
    .update(orderItems)
    .set({
      unitPrice: sql`line.unit_price::numeric`,
      lineSubtotal: sql`line.line_subtotal::numeric`,
      lineDiscount: sql`line.line_discount::numeric`,
      lineTax: sql`line.line_tax::numeric`,
      lineTotal: sql`line.line_total::numeric`,
      priceExplanation: sql`line.price_explanation::jsonb`,
      updatedAt: sql`${sql.placeholder('updatedAt')}::timestamptz`,
    })
    .from(
      sql`unnest(${sql.placeholder('ids')}::integer[], ${sql.placeholder('unitPrices')}::text[],
        ${sql.placeholder('subtotals')}::text[], ${sql.placeholder('discounts')}::text[],
        ${sql.placeholder('taxes')}::text[], ${sql.placeholder('totals')}::text[],
        ${sql.placeholder('explanations')}::text[])
        as line(id, unit_price, line_subtotal, line_discount, line_tax, line_total, price_explanation)`,
    )
    .where(eq(orderItems.id, sql`line.id`))
    .returning(getTableColumns(orderItems))
    .prepare('orders_reprice_items'),
);

/** Writes the prices of several lines in one statement; returns the lines as written, in id order. */
export async function repriceOrderItems(executor: Executor, lines: LinePrice[]): Promise<OrderItemRow[]> {
  if (lines.length === 0) return [];
  const rows = await repriceItems(executor).execute({
    ids: lines.map((line) => line.id),
    unitPrices: lines.map((line) => line.unitPrice),
    subtotals: lines.map((line) => line.lineSubtotal),
    discounts: lines.map((line) => line.lineDiscount),
    taxes: lines.map((line) => line.lineTax),
    totals: lines.map((line) => line.lineTotal),
    explanations: lines.map((line) => JSON.stringify(line.priceExplanation)),
    // Placeholders in raw SQL reach the driver unmapped: the timestamp goes as the column would write it.
    updatedAt: new Date().toISOString(),
  });
  return rows.sort((a, b) => a.id - b.id);
}

export type NewStatusChange = Omit<typeof orderStatusChanges.$inferInsert, 'id' | 'changedAt'> & {
  changedAt: Date;
};

const insertChange = reusableStatement('orders_insert_status_change', (db) =>
  db
    .insert(orderStatusChanges)
    .values({
      orderId: sql.placeholder('orderId'),
      fromStatus: sql.placeholder('fromStatus'),
      toStatus: sql.placeholder('toStatus'),
      reason: sql.placeholder('reason'),
      changedBy: sql.placeholder('changedBy'),
      changedAt: sql.placeholder('changedAt'),
    })
    .returning()
    .prepare('orders_insert_status_change'),
);

const insertTwoChanges = reusableStatement('orders_insert_two_status_changes', (db) =>
  db
    .insert(orderStatusChanges)
    .values(
      (['first', 'second'] as const).map((row) => ({
        orderId: sql.placeholder('orderId'),
        fromStatus: sql.placeholder(`${row}From`),
        toStatus: sql.placeholder(`${row}To`),
        reason: sql.placeholder(`${row}Reason`),
        changedBy: sql.placeholder('changedBy'),
        changedAt: sql.placeholder('changedAt'),
      })),
    )
    .returning()
    .prepare('orders_insert_two_status_changes'),
);

/** Two consecutive moves of one order by one person at one moment (created, then confirmed), in one statement. */
export async function insertTwoStatusChanges(
  executor: Executor,
  common: { orderId: number; changedBy: number; changedAt: Date },
  first: { fromStatus: OrderStatus | null; toStatus: OrderStatus; reason: string | null },
  second: { fromStatus: OrderStatus; toStatus: OrderStatus; reason: string | null },
): Promise<StatusChangeRow[]> {
  const rows = await insertTwoChanges(executor).execute({
    ...common,
    firstFrom: first.fromStatus,
    firstTo: first.toStatus,
    firstReason: first.reason,
    secondFrom: second.fromStatus,
    secondTo: second.toStatus,
    secondReason: second.reason,
  });
  // Identities are handed out in the order of the VALUES rows; sorting keeps the history's order certain.
  return [...rows].sort((a, b) => a.id - b.id);
}

export async function insertStatusChange(
  executor: Executor,
  change: NewStatusChange,
): Promise<StatusChangeRow> {
  const [row] = await insertChange(executor).execute({
    ...change,
    fromStatus: change.fromStatus ?? null,
    reason: change.reason ?? null,
    changedBy: change.changedBy ?? null,
  });
  if (!row) throw new Error('insert into order_status_changes returned no row');
  return row;
}

const selectChanges = reusableStatement('orders_find_status_changes', (db) =>
  db
    .select()
    .from(orderStatusChanges)
    .where(eq(orderStatusChanges.orderId, sql.placeholder('orderId')))
    .orderBy(asc(orderStatusChanges.id))
    .prepare('orders_find_status_changes'),
);

export function findStatusChanges(executor: Executor, orderId: number): Promise<StatusChangeRow[]> {
  return selectChanges(executor).execute({ orderId });
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
