import { Agent, request } from 'node:http';

export type TimedResponse = { status: number; ms: number; body: string };

/**
 * Requests one at a time over a single keep-alive connection, each timed from sending to the last byte
 * of the answer. For A/B comparisons: the client's own cost is the same on both sides.
 */
export function createSequentialClient(baseUrl: string) {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    get(path: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const outgoing = request(
          { host: url.hostname, port: url.port, path, method: 'GET', headers, agent },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                ms: performance.now() - started,
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
          },
        );
        outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`no answer to ${path} within 10 s`)));
        outgoing.on('error', reject);
        outgoing.end();
      });
    },
    close() {
      agent.destroy();
    },
  };
}

export type ProbeRequest = { path: string; headers?: Record<string, string>; kind?: string };
/** Latencies of the 200 answers by kind ("default" unless the request named one), and everything else. */
export type ProbeResult = { samples: Record<string, number[]>; failures: number };

const running = new Set<{ stop(): Promise<ProbeResult> }>();

/**
 * Sends one request, waits for its answer, pauses `intervalMs`, and again, until stopped or until
 * `next` has nothing more: how quickly a process answers light requests while something else loads it.
 */
export function startProbe(
  baseUrl: string,
  next: string | (() => ProbeRequest | undefined),
  intervalMs: number,
) {
  const client = createSequentialClient(baseUrl);
  const nextRequest: () => ProbeRequest | undefined =
    typeof next === 'string' ? () => ({ path: next }) : next;
  const samples: Record<string, number[]> = {};
  let failures = 0;
  let active = true;
  const loop = (async () => {
    while (active) {
      const request = nextRequest();
      if (!request) break;
      const answer = await client.get(request.path, request.headers).catch(() => undefined);
      if (answer?.status === 200) {
        const kind = request.kind ?? 'default';
        samples[kind] ??= [];
        samples[kind].push(answer.ms);
      } else {
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  const probe = {
    async stop(): Promise<ProbeResult> {
      active = false;
      await loop;
      client.close();
      running.delete(probe);
      return { samples, failures };
    },
  };
  running.add(probe);
  return probe;
}

/** Stops every probe still running (on Ctrl-C). */
export async function stopProbes(): Promise<void> {
  await Promise.all([...running].map((probe) => probe.stop()));
}
