import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from './database';

/** A write to send with others: an insert, update or delete (its result is not read back). */
export type Write = SQL | { getSQL(): SQL };

const toSql = (write: Write): SQL => ('getSQL' in write ? write.getSQL() : write);

/**
 * Runs independent writes in one round trip, as data-modifying CTEs of a single statement. On a busy request
 * path each round trip costs more (a socket write each side, a wake-up) than the work of a small write.
 *
 * The writes must not depend on each other: they all see the database as it was before the statement (none
 * sees another's rows), and no two may change the same row. Each runs exactly once, in the caller's
 * transaction.
 */
export async function executeTogether(executor: Executor, writes: readonly (Write | null)[]): Promise<void> {
  const present = writes.filter((write): write is Write => write !== null).map(toSql);
  if (present.length === 0) return;
  if (present.length === 1) {
    await executor.execute(present[0] as SQL);
    return;
  }
  const ctes = present.map((write, index) => sql`${sql.raw(`write_${index}`)} as (${write})`);
  await executor.execute(sql`with ${sql.join(ctes, sql`, `)} select 1`);
}
