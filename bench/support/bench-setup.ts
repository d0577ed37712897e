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

/** A whole-number option (underscores allowed: 1_000_000) of at least `min`. */
export function wholeOption(name: string, value: string, min: number): number {
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(parsed) || parsed < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}`);
  return parsed;
}

/** The database is dropped and recreated: insist on a name that says it is a benchmark's. */
export function assertBenchDatabaseName(database: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(database) || !database.includes('bench')) {
    throw new UsageError(
      '--database must be a lower-case SQL name containing "bench"; it is dropped and recreated',
    );
  }
}

/** The scenarios `--only` names (all of them without it); an unknown name is a usage error. */
export function chosenScenarios<const Name extends string>(
  only: string | undefined,
  names: readonly Name[],
): Set<Name> {
  const chosen = only?.split(',').map((name) => name.trim()) ?? [...names];
  const unknown = chosen.filter((name) => !(names as readonly string[]).includes(name));
  if (unknown.length > 0) throw new UsageError(`--only: unknown scenario ${unknown.join(', ')}`);
  return new Set(chosen as Name[]);
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

/** How a seeded benchmark database is labelled (its comment), so --reuse keeps one seeded at the same scale. */
export const scaleLabel = (benchmark: string, scale: Record<string, number>) =>
  `smartcrm ${benchmark} benchmark: ${Object.entries(scale)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')}`;

/**
 * Sets up a benchmark's database: with `reuse`, keeps it when it carries `label`; otherwise drops and creates
 * it empty. True when an earlier run's data is kept.
 */
export async function prepareLabelledDatabase(options: {
  serverUrl: string;
  benchUrl: string;
  database: string;
  label: string;
  reuse: boolean;
}): Promise<boolean> {
  if (options.reuse) {
    const label = await withClient(options.benchUrl, async (client) => {
      const { rows } = await client.query<{ label: string | null }>(
        'select shobj_description(oid, $1) as label from pg_database where datname = current_database()',
        ['pg_database'],
      );
      return rows[0]?.label;
    }).catch(() => undefined);
    if (label === options.label) return true;
  }
  await withClient(options.serverUrl, async (client) => {
    await client.query(`drop database if exists ${options.database} with (force)`);
    await client.query(`create database ${options.database}`);
  });
  return false;
}

/** Labels a freshly seeded benchmark database (see `prepareLabelledDatabase`). */
export function labelDatabase(benchUrl: string, database: string, label: string) {
  return withClient(benchUrl, (client) => client.query(`comment on database ${database} is '${label}'`));
}
