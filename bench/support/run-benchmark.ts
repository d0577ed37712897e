import { UsageError } from './bench-setup';
import { stopLoad } from './load';
import { killAllNow, stopAll } from './processes';

/**
 * Runs a benchmark's `main`: Ctrl-C stops the load and the services it started (exit 130), a usage mistake
 * prints the usage text, any other failure the error (exit 1). `stop` ends the benchmark's own extra work.
 */
export async function runBenchmark(
  main: () => Promise<void>,
  options: { usage: string; stop?: () => unknown },
): Promise<void> {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      stopLoad();
      void Promise.allSettled([options.stop?.(), stopAll()]).finally(() => process.exit(130));
    });
  }
  process.on('exit', killAllNow);

  try {
    await main();
    await stopAll();
  } catch (error) {
    if (!stopping) {
      console.error(error instanceof UsageError ? `${error.message}\n\n${options.usage}` : error);
      await options.stop?.();
      await stopAll();
      process.exit(1);
    }
  }
}
