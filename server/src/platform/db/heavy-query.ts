import { sql } from 'drizzle-orm';
import { AppError } from '../http/errors';
import type { Database, Executor } from './database';

export type HeavyQueryOptions = {
  /** How many heavy queries may run at once in this process; the rest wait for a turn. */
  concurrency: number;
  /** Longest one statement may run (PostgreSQL's statement_timeout), and longest a query waits for a turn. */
  statementTimeoutMs: number;
};

export type HeavyQueryRunner = {
  /** Runs `work` in its own transaction when its turn comes, with the statement timeout set in it. */
  run<T>(work: (transaction: Executor) => Promise<T>): Promise<T>;
};

const QUERY_CANCELED = '57014';

function sqlStateOf(error: unknown): string | undefined {
  // Drizzle wraps the driver's error; the SQLSTATE is on the innermost one.
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * Queries that read a large part of the database (reports over many orders, segment counts): a few at a
 * time, each statement stopped after a timeout, so however slow they are they can never hold every pooled
 * connection and starve the requests that take a millisecond. A waiting query gives up after the same
 * timeout (createConcurrencyLimit in platform/concurrency.ts waits without bound, which would only move
 * the pile-up from the pool into memory). The embedded database cannot interrupt a statement; there the
 * limit applies and the timeout does not.
 */
export function createHeavyQueryRunner(db: Database, options: HeavyQueryOptions): HeavyQueryRunner {
  const seconds = Math.max(1, Math.round(options.statementTimeoutMs / 1000));
  let running = 0;
  const waiting: (() => void)[] = [];

  function acquire(): Promise<void> {
    if (running < options.concurrency) {
      running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1);
        reject(
          new AppError(
            'reports_busy',
            503,
            `${options.concurrency} heavy reports are running already; try again in a few seconds`,
            { retryAfter: seconds },
          ),
        );
      }, options.statementTimeoutMs);
      waiting.push(grant);
    });
  }

  function release() {
    // The slot passes straight to the next in line, so `running` only drops when nobody waits.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  return {
    async run(work) {
      await acquire();
      try {
        return await db.transaction(async (transaction) => {
          await transaction.execute(
            sql`select set_config('statement_timeout', ${String(options.statementTimeoutMs)}, true)`,
          );
          return work(transaction);
        });
      } catch (error) {
        if (sqlStateOf(error) === QUERY_CANCELED) {
          throw new AppError(
            'report_timeout',
            504,
            `The report took longer than ${seconds} s and was stopped; ` +
              'choose a shorter period or a narrower filter',
          );
        }
        throw error;
      } finally {
        release();
      }
    },
  };
}

const runners = new WeakMap<Database, HeavyQueryRunner>();

/**
 * The runner of this database handle, made on first use: every module's heavy queries share its slots.
 * (Kept per handle rather than per module so reports and segment counts together stay within the limit.)
 */
export function heavyQueryRunner(db: Database, options: HeavyQueryOptions): HeavyQueryRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = createHeavyQueryRunner(db, options);
    runners.set(db, runner);
  }
  return runner;
}
