import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, varchar } from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps, versionColumn } from '../../platform/db/columns';
import { clients } from '../clients';

export const orderStatuses = ['pending', 'confirmed', 'shipped', 'delivered', 'cancelled'] as const;

export const orders = pgTable(
  'orders',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id),
    totalAmount: numeric('total_amount', { precision: 12, scale: 2 }).notNull(),
    status: varchar('status', { length: 50, enum: orderStatuses }).notNull().default('pending'),
    orderDate: timestampColumn('order_date').notNull().defaultNow(),
    deliveryDate: timestampColumn('delivery_date'),
    ...timestamps,
    ...versionColumn,
  },
  (table) => [
    check(
      'orders_status_check',
      sql`${table.status} in ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled')`,
    ),
    check('orders_total_not_negative', sql`${table.totalAmount} >= 0`),
    index('orders_client_id_order_date_idx').on(table.clientId, table.orderDate, table.id),
    index('orders_order_date_sort_idx').on(table.orderDate, table.id),
    index('orders_total_amount_sort_idx').on(table.totalAmount, table.id),
    index('orders_created_at_sort_idx').on(table.createdAt, table.id),
  ],
);
