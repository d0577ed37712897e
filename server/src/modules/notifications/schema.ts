import { index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { timestampColumn, timestamps } from '../../platform/db/columns';
import { users } from '../identity/schema';

export const notificationChannels = ['in_app', 'email', 'sms'] as const;

export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    channel: varchar('channel', { length: 20, enum: notificationChannels }).notNull().default('in_app'),
    title: varchar('title', { length: 255 }).notNull(),
    body: text('body'),
    readAt: timestampColumn('read_at'),
    ...timestamps,
  },
  (table) => [index('notifications_user_id_created_at_idx').on(table.userId, table.createdAt, table.id)],
);
