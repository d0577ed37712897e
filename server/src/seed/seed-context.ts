import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Executor } from '../platform/db/database';
import { type PreparedRows, type RowWriter, runPrepared, type SeedRow } from './seed-insert.util';
import type { Random } from './seed-random.util';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** What every part of the seed works with. */
export type SeedContext = {
  db: Database;
  random: Random;
  /** The moment the data ends (epoch ms); nothing happens after it. */
  asOf: number;
  batchSize: number;
  /** From this many rows in a phase's largest table, its indexes and foreign keys are built after the load. */
  rebuildFromRows: number;
  progress: (label: string, done: number, total: number) => void;
  writer: RowWriter;
};

/** Writes rows now (for the small tables; the big ones go through `pipeline`). */
export async function insertRows<TTable extends PgTable>(
  context: SeedContext,
  executor: Executor,
  table: TTable,
  rows: readonly SeedRow<TTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += context.batchSize) {
    await context.writer.prepare(table, rows.slice(start, start + context.batchSize))?.run(executor);
  }
}

/** The calendar day (UTC) of an instant, as a date column stores it. */
export const isoDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** Lets pending database replies and writes through during a long stretch of generation. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Generates rows batch by batch while the previous batch is being written, so Node and PostgreSQL work at
 * the same time instead of taking turns. `generate` prepares the batch's rows (`writer.prepare`) and
 * should `breathe()` now and then, so the writes keep going meanwhile.
 */
export async function pipeline(options: {
  executor: Executor;
  total: number;
  batchSize: number;
  generate: (start: number, size: number) => Promise<readonly (PreparedRows | null)[]>;
  onWritten: (done: number) => void;
}): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < options.total; start += options.batchSize) {
    const size = Math.min(options.batchSize, options.total - start);
    const prepared = await options.generate(start, size);
    await writing;
    writing = runPrepared(options.executor, prepared).then(() => options.onWritten(start + size));
    // Awaited on the next round; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  }
  await writing;
}
