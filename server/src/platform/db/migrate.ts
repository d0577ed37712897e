import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type DatabaseHandle, queryRows } from './database';

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

// Any constant works; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK_KEY = 7_305_114_223;

/** Applies pending migrations. Concurrent starters wait on an advisory lock, so each migration runs once. */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    // One connection: nothing else can migrate at the same time.
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const pool = handle.pool;
  if (!pool) throw new Error('PostgreSQL handle without a pool');
  const lockHolder = await pool.connect();
  try {
    await lockHolder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // Migrate on the connection that holds the lock: one connection is all this needs.
    await migrateNodePostgres(drizzle({ client: lockHolder }), { migrationsFolder });
  } finally {
    await lockHolder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lockHolder.release();
  }
}

type Journal = { entries: { when: number; tag: string }[] };

let latestCommittedMigration: number | undefined;

function latestMigrationTimestamp(): number {
  if (latestCommittedMigration === undefined) {
    const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
    latestCommittedMigration = Math.max(...journal.entries.map((entry) => entry.when));
  }
  return latestCommittedMigration;
}

/** True when the newest committed migration has been applied to this database. */
export async function migrationsAreApplied(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await queryRows<{ latest: string | null }>(
    handle.db,
    sql`select max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  );
  const latest = row?.latest;
  return latest !== null && latest !== undefined && Number(latest) >= latestMigrationTimestamp();
}
