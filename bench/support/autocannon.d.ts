// autocannon ships no types and @types/autocannon is not a dependency: the part the benchmarks use.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export type RawRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    /** Seconds a request may wait for its answer. */
    timeout?: number;
    headers?: Record<string, string>;
    requests?: (RawRequest & { setupRequest?: (request: RawRequest) => RawRequest })[];
  };

  export type Histogram = { average: number; mean: number; p50: number; p99: number; total: number };

  export type Result = {
    duration: number;
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  };

  export type Instance = EventEmitter & { stop(): void };

  export default function autocannon(
    options: Options,
    callback: (error: Error | null, result: Result) => void,
  ): Instance;
}
