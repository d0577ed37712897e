import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';
import { products } from '../catalog/schema';
import { clients } from '../clients/schema';
import { users } from '../identity/schema';

// draft → confirmed → partially_paid/paid → partially_fulfilled/fulfilled → delivered → closed; or cancelled, refunded.
export const orderStatuses = [
  'draft',
  'confirmed',
  'partially_paid',
  'paid',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
  'closed',
  'cancelled',
  'refunded',
] as const;
export const paymentStatuses = [
  'unpaid',
  'partially_paid',
  'paid',
  'partially_refunded',
  'refunded',
] as const;
export const fulfilmentStatuses = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'delivered'] as const;
export const paymentKinds = ['payment', 'refund'] as const;
export const paymentMethods = ['card', 'bank_transfer', 'cash', 'check', 'other'] as const;

const money = (name: string) => numeric(name, { precision: 12, scale: 2 });

export const orders = pgTable(
  'orders',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    totalAmount: money('total_amount').notNull(),
    status: varchar('status', { length: 50, enum: orderStatuses }).notNull().default('draft'),
    orderDate: timestampColumn('order_date').notNull().defaultNow(),
    deliveryDate: timestampColumn('delivery_date'),
    // The two sides the status summarises, kept apart so neither hides the other.
    paymentStatus: varchar('payment_status', { length: 30, enum: paymentStatuses })
      .notNull()
      .default('unpaid'),
    fulfilmentStatus: varchar('fulfilment_status', { length: 30, enum: fulfilmentStatuses })
      .notNull()
      .default('unfulfilled'),
    currency: varchar('currency', { length: 3 }).notNull().default('USD'),
    subtotal: money('subtotal').notNull().default('0'),
    discountTotal: money('discount_total').notNull().default('0'),
    taxTotal: money('tax_total').notNull().default('0'),
    amountPaid: money('amount_paid').notNull().default('0'),
    amountRefunded: money('amount_refunded').notNull().default('0'),
    // Payment is due by this date; unpaid after it, the order is overdue.
    dueDate: date('due_date', { mode: 'string' }),
    ownerUserId: integer('owner_user_id').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    notes: text('notes'),
    confirmedAt: timestampColumn('confirmed_at'),
    closedAt: timestampColumn('closed_at'),
    cancelledAt: timestampColumn('cancelled_at'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check(
      'orders_status_check',
      sql`${table.status} in ('draft', 'confirmed', 'partially_paid', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'closed', 'cancelled', 'refunded')`,
    ),
    check('orders_total_not_negative', sql`${table.totalAmount} >= 0`),
    check(
      'orders_payments_within_total',
      sql`${table.amountPaid} >= 0 and ${table.amountRefunded} >= 0 and ${table.amountRefunded} <= ${table.amountPaid}`,
    ),
    index('orders_client_id_order_date_idx').on(table.clientId, table.orderDate, table.id),
    index('orders_order_date_sort_idx').on(table.orderDate, table.id),
    index('orders_total_amount_sort_idx').on(table.totalAmount, table.id),
    index('orders_created_at_sort_idx').on(table.createdAt, table.id),
    index('orders_status_idx').on(table.status, table.id),
    index('orders_owner_user_id_idx').on(table.ownerUserId),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    // What the product was called when ordered, so renaming it later does not rewrite history.
    productName: varchar('product_name', { length: 255 }).notNull(),
    sku: varchar('sku', { length: 64 }).notNull(),
    quantity: integer('quantity').notNull(),
    // Fixed by the price function when the order is confirmed; its explanation is kept beside it.
    unitPrice: money('unit_price').notNull(),
    discountPercent: numeric('discount_percent', { precision: 5, scale: 2 }).notNull().default('0'),
    taxRate: numeric('tax_rate', { precision: 6, scale: 4 }).notNull().default('0'),
    lineSubtotal: money('line_subtotal').notNull(),
    lineDiscount: money('line_discount').notNull().default('0'),
    lineTax: money('line_tax').notNull().default('0'),
    lineTotal: money('line_total').notNull(),
    priceExplanation: jsonb('price_explanation').$type<Record<string, unknown>>().notNull().default({}),
    quantityShipped: integer('quantity_shipped').notNull().default(0),
    quantityReturned: integer('quantity_returned').notNull().default(0),
    ...timestamps,
  },
  (table) => [
    check('order_items_quantity_positive', sql`${table.quantity} > 0`),
    check(
      'order_items_shipped_within_quantity',
      sql`${table.quantityShipped} >= 0 and ${table.quantityShipped} <= ${table.quantity} and ${table.quantityReturned} >= 0 and ${table.quantityReturned} <= ${table.quantityShipped}`,
    ),
    check(
      'order_items_discount_range',
      sql`${table.discountPercent} >= 0 and ${table.discountPercent} <= 100`,
    ),
    check('order_items_tax_range', sql`${table.taxRate} >= 0 and ${table.taxRate} <= 1`),
    index('order_items_order_idx').on(table.orderId),
    index('order_items_product_idx').on(table.productId),
  ],
);

export const orderStatusChanges = pgTable(
  'order_status_changes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: varchar('from_status', { length: 50, enum: orderStatuses }),
    toStatus: varchar('to_status', { length: 50, enum: orderStatuses }).notNull(),
    reason: text('reason'),
    changedBy: integer('changed_by'),
    changedAt: timestampColumn('changed_at').notNull().defaultNow(),
  },
  (table) => [index('order_status_changes_order_idx').on(table.orderId, table.id)],
);

/** Money in (payments) and out (refunds), with how and when. */
export const payments = pgTable(
  'payments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 10, enum: paymentKinds }).notNull(),
    amount: money('amount').notNull(),
    method: varchar('method', { length: 20, enum: paymentMethods }).notNull(),
    reference: varchar('reference', { length: 255 }),
    paidAt: timestampColumn('paid_at').notNull().defaultNow(),
    createdBy: integer('created_by'),
    ...timestamps,
  },
  (table) => [
    check('payments_amount_positive', sql`${table.amount} > 0`),
    check('payments_kind_check', sql`${table.kind} in ('payment', 'refund')`),
    index('payments_order_idx').on(table.orderId),
    index('payments_paid_at_idx').on(table.paidAt),
  ],
);

export const shipments = pgTable(
  'shipments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    carrier: varchar('carrier', { length: 100 }),
    trackingNumber: varchar('tracking_number', { length: 100 }),
    shippedAt: timestampColumn('shipped_at').notNull().defaultNow(),
    deliveredAt: timestampColumn('delivered_at'),
    createdBy: integer('created_by'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [index('shipments_order_idx').on(table.orderId)],
);

export const shipmentItems = pgTable(
  'shipment_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    shipmentId: integer('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    orderItemId: integer('order_item_id')
      .notNull()
      .references(() => orderItems.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
  },
  (table) => [
    check('shipment_items_quantity_positive', sql`${table.quantity} > 0`),
    index('shipment_items_shipment_idx').on(table.shipmentId),
  ],
);

/**
 * Recognised revenue per currency and UTC day of `order_date`, kept exact by the order workflow in each
 * order write's own transaction (order-revenue-rollup.ts), so revenue by day, week or month reads days
 * instead of orders. Derived data, rebuilt from orders at will: no timestamps or version.
 */
export const orderRevenueDays = pgTable(
  'order_revenue_days',
  {
    currency: varchar('currency', { length: 3 }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    orders: integer('orders').notNull(),
    // Sums of total_amount and amount_refunded of the day's recognised orders.
    gross: numeric('gross', { precision: 16, scale: 2 }).notNull(),
    refunds: numeric('refunds', { precision: 16, scale: 2 }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.currency, table.day] })],
);
