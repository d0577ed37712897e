import autocannon, { type Instance, type Result } from 'autocannon';
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
};

let current: Instance | undefined;

/** Stops a load run in progress (on Ctrl-C); its promise still settles. */
export function stopLoad(): void {
  current?.stop();
}

/**
 * Drives `url` with autocannon for `seconds` over `connections` keep-alive connections, asking for
 * `nextPath()` on every request. Latency percentiles come from each response's own timing, in fractional
 * milliseconds: autocannon's histogram rounds to whole milliseconds, too coarse for sub-millisecond reads.
 */
export async function measure(options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  nextPath: () => string;
  /** The server's process id, to measure its CPU time per request. */
  serverPid?: number;
}): Promise<Measurement> {
  const latencies: number[] = [];
  const cpuBefore = processCpuSeconds(options.serverPid);
  const result = await new Promise<Result>((resolve, reject) => {
    current = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: options.nextPath() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    current.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  current = undefined;
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
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}
