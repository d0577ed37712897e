import { Agent, type IncomingHttpHeaders, request } from 'node:http';

export type TimedResponse = { status: number; ms: number; body: string; headers: IncomingHttpHeaders };
export type OutgoingRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as is; give the content-type in `headers`. */
  body?: string;
};

/**
 * Requests one at a time over a single keep-alive connection, each timed from sending to the last byte
 * of the answer. For A/B comparisons: the client's own cost is the same on both sides.
 */
export function createSequentialClient(baseUrl: string, timeoutMs = 10_000) {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (outgoing: OutgoingRequest): Promise<TimedResponse> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const headers =
        outgoing.body === undefined
          ? outgoing.headers
          : { ...outgoing.headers, 'content-length': String(Buffer.byteLength(outgoing.body)) };
      const sent = request(
        { host: url.hostname, port: url.port, path: outgoing.path, method: outgoing.method, headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              ms: performance.now() - started,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: response.headers,
            }),
          );
        },
      );
      sent.setTimeout(timeoutMs, () =>
        sent.destroy(new Error(`no answer to ${outgoing.path} within ${timeoutMs / 1000} s`)),
      );
      sent.on('error', reject);
      sent.end(outgoing.body);
    });
  return {
    get(path: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
      return send({ method: 'GET', path, headers });
    },
    /** Any method, with a body. */
    send,
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
