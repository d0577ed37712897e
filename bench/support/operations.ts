import { percentile } from './load';
import { processCpuSeconds } from './processes';
import { createSequentialClient, type OutgoingRequest, type TimedResponse } from './sequential-http';

/** p50 and p99 of one step or of whole operations, in milliseconds. */
export type Latency = { p50Ms: number; p99Ms: number };

export type OperationMeasurement = {
  operationsPerSecond: number;
  operations: number;
  /** Each whole operation, from its first request to its last answer. */
  total: Latency;
  /** Each named step (one request, or a set of requests sent together). */
  steps: Record<string, Latency>;
  /** CPU the server process spent per operation, in microseconds; NaN when not measurable. */
  cpuMicrosPerOperation: number;
  failures: number;
  /** What the first failure said, to tell a broken benchmark from a slow endpoint. */
  firstFailure?: string;
};

/** An HTTP answer that is not 2xx; the operation counts as failed. */
export class FailedStep extends Error {}

/**
 * What one operation can do: send requests over the worker's own connections (`connection` 0 unless the
 * worker has more) and time named steps. `step` times everything its function sends, so a set of requests
 * sent together counts once, as the slowest of them.
 */
export type OperationContext = {
  worker: number;
  send(request: OutgoingRequest & { connection?: number }): Promise<TimedResponse>;
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
};

const stopped = new Set<{ stop(): void }>();

/** Ends the operation runs in progress after their current operation (on Ctrl-C). */
export function stopOperations(): void {
  for (const run of stopped) run.stop();
}

/**
 * Runs `operation` over and over in `workers` concurrent loops for `seconds`, each loop with its own
 * `connectionsPerWorker` keep-alive connections: the load of as many users, each waiting for one
 * operation (a page, a form submission of several requests) before starting the next. For work that is
 * more than one request, which autocannon cannot chain.
 */
export async function runOperations(options: {
  url: string;
  headers: Record<string, string>;
  workers: number;
  connectionsPerWorker?: number;
  seconds: number;
  timeoutSeconds?: number;
  serverPid?: number;
  operation: (context: OperationContext) => Promise<void>;
}): Promise<OperationMeasurement> {
  const totals: number[] = [];
  const stepSamples: Record<string, number[]> = {};
  let failures = 0;
  let firstFailure: string | undefined;
  let active = true;
  const run = { stop: () => (active = false) };
  stopped.add(run);
  const deadline = performance.now() + options.seconds * 1000;
  const cpuBefore = processCpuSeconds(options.serverPid);
  const started = performance.now();

  const loop = async (worker: number) => {
    const connections = Array.from({ length: options.connectionsPerWorker ?? 1 }, () =>
      createSequentialClient(options.url, (options.timeoutSeconds ?? 10) * 1000),
    );
    const context: OperationContext = {
      worker,
      async send({ connection = 0, ...request }) {
        const client = connections[connection];
        if (!client) throw new Error(`worker has no connection ${connection}`);
        const answer = await client.send({ ...request, headers: { ...options.headers, ...request.headers } });
        if (answer.status < 200 || answer.status >= 300) {
          throw new FailedStep(
            `${request.method} ${request.path}: ${answer.status} ${answer.body.slice(0, 300)}`,
          );
        }
        return answer;
      },
      async step(name, work) {
        const stepStarted = performance.now();
        const result = await work();
        stepSamples[name] ??= [];
        stepSamples[name].push(performance.now() - stepStarted);
        return result;
      },
    };
    try {
      while (active && performance.now() < deadline) {
        const operationStarted = performance.now();
        try {
          await options.operation(context);
          totals.push(performance.now() - operationStarted);
        } catch (error) {
          failures += 1;
          firstFailure ??= (error as Error).message;
        }
      }
    } finally {
      for (const connection of connections) connection.close();
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, worker) => loop(worker)));
  stopped.delete(run);
  const elapsedSeconds = (performance.now() - started) / 1000;
  const cpuAfter = processCpuSeconds(options.serverPid);
  const latency = (samples: number[]): Latency => {
    const sorted = [...samples].sort((a, b) => a - b);
    return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
  };
  return {
    operationsPerSecond: totals.length / elapsedSeconds,
    operations: totals.length,
    total: latency(totals),
    steps: Object.fromEntries(Object.entries(stepSamples).map(([name, samples]) => [name, latency(samples)])),
    cpuMicrosPerOperation:
      cpuBefore === undefined || cpuAfter === undefined
        ? Number.NaN
        : ((cpuAfter - cpuBefore) * 1e6) / totals.length,
    failures,
    firstFailure,
  };
}
