import autocannon, { type Instance, type RawRequest, type Result } from 'autocannon';
import { processCpuSeconds } from './processes';

export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** CPU the server process spent per answered request, in microseconds; NaN when not measurable. */
  cpuMicrosPerRequest: number;
  /** Non-2xx answers, connection errors and timeouts: any of them makes the figures meaningless. */
  failures: number;
  /** The part of `failures` that got no answer within the timeout: the endpoint is too slow for the load. */
  timeouts: number;
};

const current = new Set<Instance>();

/** Stops the load runs in progress (on Ctrl-C); their promises still settle. */
export function stopLoad(): void {
  for (const instance of current) instance.stop();
}

/**
 * Drives `url` with autocannon for `seconds` over `connections` keep-alive connections, asking for
 * `nextPath()` (a GET) or sending `nextRequest()` (any method, with a body) on every request. Latency percentiles come from each response's own timing, in fractional
 * milliseconds: autocannon's histogram rounds to whole milliseconds, too coarse for sub-millisecond reads.
 */
export async function measure(options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** The next GET's path; or give nextRequest. */
  nextPath?: () => string;
  /** The next request in full (method, path, body); overrides nextPath. */
  nextRequest?: () => RawRequest;
  /** The server's process id, to measure its CPU time per request. */
  serverPid?: number;
  /** How long a request may wait for its answer (autocannon's default is 10 s). */
  timeoutSeconds?: number;
}): Promise<Measurement> {
  const { nextPath, nextRequest } = options;
  const next: () => RawRequest =
    nextRequest ??
    (nextPath
      ? () => ({ method: 'GET', path: nextPath() })
      : () => {
          throw new Error('measure needs nextPath or nextRequest');
        });
  const latencies: number[] = [];
  const cpuBefore = processCpuSeconds(options.serverPid);
  let instance: Instance | undefined;
  const result = await new Promise<Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers,
        ...(options.timeoutSeconds === undefined ? {} : { timeout: options.timeoutSeconds }),
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    current.add(instance);
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  }).finally(() => {
    if (instance) current.delete(instance);
  });
  const cpuAfter = processCpuSeconds(options.serverPid);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requests: latencies.length,
    cpuMicrosPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? Number.NaN
        : ((cpuAfter - cpuBefore) * 1e6) / latencies.length,
    failures: result.non2xx + result.errors,
    timeouts: result.timeouts,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}
