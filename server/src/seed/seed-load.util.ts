import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Database, type Executor, queryRows } from '../platform/db/database';
import { restartIdentity } from './seed-insert.util';

type Definition = { name: string; definition: string };

export type LoadPhase = {
  /** The tables the phase writes. */
  tables: readonly PgTable[];
  /**
   * Large loads: drop the tables' plain indexes and foreign keys first, build them once at the end. Building
   * an index once is several times cheaper than updating it row by row (trigram GIN indexes most of all),
   * and a foreign key checked per inserted row costs more than the insert itself (measured: 13 s against
   * 3.4 s for a million order items), while adding it back checks all rows in one join.
   */
  rebuild: boolean;
  onProgress?: (label: string, done: number, total: number) => void;
};

/**
 * Runs one phase of the seed in one transaction: a failure leaves the tables as they were, indexes and
 * foreign keys included. Afterwards each table's identity continues after the ids the seed gave.
 */
export async function loadPhase(
  db: Database,
  phase: LoadPhase,
  work: (transaction: Executor) => Promise<void>,
): Promise<void> {
  await db.transaction(async (transaction) => {
    const dropped: { table: PgTable; indexes: Definition[]; foreignKeys: Definition[] }[] = [];
    if (phase.rebuild) {
      // Sorting for index builds and the joins that check foreign keys, in memory instead of on disk.
      await transaction.execute(sql`set local maintenance_work_mem = '512MB'`);
      await transaction.execute(sql`set local work_mem = '256MB'`);
      for (const table of phase.tables) {
        dropped.push({
          table,
          foreignKeys: await dropForeignKeys(transaction, table),
          indexes: await dropPlainIndexes(transaction, table),
        });
      }
    }
    await work(transaction);
    for (const { table, indexes, foreignKeys } of dropped) {
      const label = `${getTableName(table)} indexes`;
      const steps = [
        ...indexes.map((index) => index.definition),
        ...foreignKeys.map((key) => addForeignKey(table, key)),
      ];
      for (const [done, statement] of steps.entries()) {
        phase.onProgress?.(label, done, steps.length);
        await transaction.execute(sql.raw(statement));
      }
      phase.onProgress?.(label, steps.length, steps.length);
    }
    for (const table of phase.tables) {
      if ('id' in getTableColumns(table)) await restartIdentity(transaction, table);
    }
  });
}

/**
 * Drops the table's indexes that back no constraint and enforce no uniqueness (so a duplicate still fails
 * the load), returning their definitions for rebuilding. Partial indexes stay: they hold a small share of
 * the rows (an inbox's active tickets), so keeping them up costs little, and an index rebuilt from
 * pg_get_indexdef would get its predicate back in another spelling than the migration's.
 */
async function dropPlainIndexes(executor: Executor, table: PgTable): Promise<Definition[]> {
  const indexes = await queryRows<Definition>(
    executor,
    sql`select index_class.relname as name, pg_get_indexdef(index_class.oid) as definition
        from pg_index
        join pg_class index_class on index_class.oid = pg_index.indexrelid
        where pg_index.indrelid = ${getTableName(table)}::regclass
          and not pg_index.indisunique
          and pg_index.indpred is null
          and not exists (select 1 from pg_constraint where pg_constraint.conindid = pg_index.indexrelid)
        order by index_class.relname`,
  );
  for (const index of indexes) await executor.execute(sql`drop index ${sql.identifier(index.name)}`);
  return indexes;
}

/** Drops the foreign keys the table's rows must satisfy, returning their definitions. */
async function dropForeignKeys(executor: Executor, table: PgTable): Promise<Definition[]> {
  const keys = await queryRows<Definition>(
    executor,
    sql`select conname as name, pg_get_constraintdef(oid) as definition
        from pg_constraint
        where conrelid = ${getTableName(table)}::regclass and contype = 'f'
        order by conname`,
  );
  for (const key of keys) {
    await executor.execute(sql`alter table ${table} drop constraint ${sql.identifier(key.name)}`);
  }
  return keys;
}

function addForeignKey(table: PgTable, key: Definition): string {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return `alter table ${quote(getTableName(table))} add constraint ${quote(key.name)} ${key.definition}`;
}
