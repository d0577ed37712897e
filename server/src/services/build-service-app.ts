import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApiKeyResolver } from '../modules/identity';
import type { AppContext } from '../platform/context';
import { createHttpApp } from '../platform/http/app';
import { startUpstreamMonitor, upstreamStatusRoutes } from '../platform/http/upstream-monitor';
import { registerUpstream } from '../platform/http/upstream-proxy';
import { repoRoot } from '../platform/paths';
import { allModules, gatewayUpstreams, type ServiceName, sensitivePaths, serviceModules } from './modules';

export const committedOpenApiPath = join(repoRoot, 'packages/api-client/openapi.json');

/** One service of split mode. The gateway also forwards the other services' routes to them. */
export async function buildServiceApp(
  service: ServiceName,
  context: AppContext,
  options: { logRequests?: boolean } = {},
): Promise<FastifyInstance> {
  // Every service accepts API keys itself: no trust by network position.
  const apiKeys = createApiKeyResolver({ db: context.database.db, clock: context.clock });
  if (service !== 'gateway') {
    return createHttpApp({
      service,
      context,
      modules: serviceModules[service],
      docs: { mode: 'none' },
      apiKeys,
      ...options,
    });
  }
  return createHttpApp({
    service,
    context,
    modules: serviceModules.gateway,
    edge: { sensitivePaths },
    apiKeys,
    // The gateway alone does not know the other services' routes: it serves the committed document,
    // which CI keeps identical to the one the all-in-one app generates.
    docs: { mode: 'static', document: JSON.parse(readFileSync(committedOpenApiPath, 'utf8')) },
    plugins: [
      async (app) => {
        const upstreams = gatewayUpstreams(context.config);
        const monitor = startUpstreamMonitor(upstreams, {
          intervalMs: context.config.upstreamHealthIntervalMs,
          timeoutMs: Math.min(context.config.upstreamTimeoutMs, 2_000),
          logger: context.logger,
        });
        await app.register(upstreamStatusRoutes, { monitor });
        for (const upstream of upstreams) {
          await registerUpstream(app, upstream, {
            timeoutMs: context.config.upstreamTimeoutMs,
            onFailure: (name) => monitor.report(name, false),
          });
        }
      },
    ],
    ...options,
  });
}

/** Every module in one process: what `npm start` serves on the gateway port. */
export function buildAllInOneApp(context: AppContext, options: { logRequests?: boolean } = {}) {
  return createHttpApp({
    service: 'all-in-one',
    context,
    modules: allModules,
    docs: { mode: 'generated' },
    edge: { sensitivePaths },
    apiKeys: createApiKeyResolver({ db: context.database.db, clock: context.clock }),
    ...options,
  });
}
