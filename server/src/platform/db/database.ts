import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Logger } from 'pino';

export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = PgTransaction<PgQueryResultHKT>;
/** What repositories accept: the root handle, or a transaction a service opened around several writes. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  pool?: pg.Pool;
  pglite?: PGlite;
};

export type DatabaseOptions = {
  /** Real PostgreSQL when set. */
  url?: string;
  poolSize?: number;
  /**
   * Every connection shares one server session (the embedded database served over the wire in split mode):
   * named prepared statements would then collide between connections and processes, so none are named.
   */
  sharedSession?: boolean;
  /** Folder for the embedded database; in memory when absent. */
  embeddedDir?: string;
  logger?: Logger;
};

// numeric and bigint stay strings so money never passes through binary floating point.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url, options) : openEmbedded(options.embeddedDir);
}

/** A client that runs every statement unnamed (parsed each time), for servers whose connections share a session. */
class UnnamedStatementClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this only drops `name`.
  override query(...args: any[]): any {
    const [config] = args;
    if (config && typeof config === 'object' && 'name' in config) args[0] = { ...config, name: undefined };
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    return (super.query as (...rest: any[]) => any)(...args);
  }
}

function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.sharedSession ? { Client: UnnamedStatementClient } : {}),
    // Fail fast while the database is down so requests get a 503 instead of hanging.
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    // The application's statements are short or served from precomputed tables; compiling them with JIT
    // costs more than it saves (35–790 ms a statement measured in docs/performance.md). A DATABASE_URL
    // with its own `options` parameter overrides this.
    options: '-c jit=off',
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'database connection lost'));
  const db = drizzleNodePostgres({ client: pool }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    pool,
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}

async function openEmbedded(directory: string | undefined): Promise<DatabaseHandle> {
  if (directory) mkdirSync(directory, { recursive: true });
  const client = await PGlite.create({
    dataDir: directory ? join(directory, 'pgdata') : undefined,
    extensions: { pg_trgm },
  });
  // WebAssembly has no JIT compiler to load; set like the pool's so both drivers run with the same settings.
  await client.exec('set jit = off');
  const db = drizzlePglite({ client }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    pglite: client,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<Row>(executor: Executor, query: SQL): Promise<Row[]> {
  const result = (await executor.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
