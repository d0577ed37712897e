import { integer, timestamp } from 'drizzle-orm/pg-core';

/** Millisecond precision, so a timestamp survives a round trip through JavaScript (and a keyset cursor) exactly. */
export const timestampColumn = (name: string) =>
  timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

/** created_at / updated_at, on every table. */
export const timestamps = {
  createdAt: timestampColumn('created_at').notNull().defaultNow(),
  updatedAt: timestampColumn('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Optimistic concurrency for mutable business rows: writers send the version they read (If-Match). */
export const versionColumn = {
  version: integer('version').notNull().default(1),
};
