import { type ParseArgsConfig, parseArgs } from 'node:util';
import pg from 'pg';

/** A mistake in how the benchmark was called: reported with the usage text, not a stack trace. */
export class UsageError extends Error {}

export function parseArgsOrExplain<const Config extends ParseArgsConfig>(config: Config) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The URL of the benchmark's own database on the server DATABASE_URL names (never that database itself). */
export function benchDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new UsageError('DATABASE_URL must be a postgres:// URL of a PostgreSQL server');
  }
  if (decodeURIComponent(url.pathname.slice(1)) === database) {
    throw new UsageError(`DATABASE_URL names ${database} itself; point it at another database on the server`);
  }
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
