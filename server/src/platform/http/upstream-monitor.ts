import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Upstream } from './upstream-proxy';

type ServiceState = { state: 'up' | 'down' | 'unknown'; checkedAt: Date | null };

export type UpstreamMonitor = {
  /** Records what a forwarded request just learned, between two probes. */
  report(name: string, reachable: boolean): void;
  snapshot(): Record<string, ServiceState>;
  stop(): void;
};

/** Probes each service's /health on an interval and logs when one goes down or comes back. */
export function startUpstreamMonitor(
  upstreams: Upstream[],
  options: { intervalMs: number; timeoutMs: number; logger: Logger },
): UpstreamMonitor {
  const states = new Map<string, ServiceState>(
    upstreams.map((upstream) => [upstream.name, { state: 'unknown', checkedAt: null }]),
  );

  function record(name: string, reachable: boolean) {
    const previous = states.get(name)?.state;
    const state = reachable ? 'up' : 'down';
    states.set(name, { state, checkedAt: new Date() });
    if (previous === state) return;
    if (state === 'down') options.logger.warn({ upstream: name }, 'service is down');
    else if (previous === 'down') options.logger.info({ upstream: name }, 'service is back');
  }

  async function probe(upstream: Upstream) {
    const reachable = await fetch(`${upstream.url}/health`, {
      signal: AbortSignal.timeout(options.timeoutMs),
    }).then(
      (response) => response.ok,
      () => false,
    );
    record(upstream.name, reachable);
  }

  const probeAll = () => void Promise.all(upstreams.map(probe));
  probeAll();
  const timer = setInterval(probeAll, options.intervalMs);
  timer.unref();
  return { report: record, snapshot: () => Object.fromEntries(states), stop: () => clearInterval(timer) };
}

const serviceStateSchema = z.object({
  state: z.enum(['up', 'down', 'unknown']),
  checkedAt: z.date().nullable(),
});

/** `GET /health/services` on the gateway: what the monitor last saw of each service. */
export const upstreamStatusRoutes: FastifyPluginAsyncZod<{ monitor: UpstreamMonitor }> = async (
  app,
  { monitor },
) => {
  app.get(
    '/health/services',
    {
      config: { public: true },
      schema: {
        tags: ['operations'],
        summary: 'State of the services behind the gateway (split mode)',
        response: { 200: z.object({ services: z.record(z.string(), serviceStateSchema) }) },
      },
    },
    async () => ({ services: monitor.snapshot() }),
  );
  app.addHook('onClose', async () => monitor.stop());
};
