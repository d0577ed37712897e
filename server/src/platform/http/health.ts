import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { KeyValueStore } from '../cache/key-value-store';
import type { DatabaseHandle } from '../db/database';
import { migrationsAreApplied } from '../db/migrate';
import { AppError, problemSchema, sendProblem } from './errors';

type HealthOptions = {
  service: string;
  database?: DatabaseHandle;
  store?: KeyValueStore;
  metrics: Registry;
  metricsToken?: string;
};

const checkState = z.enum(['ok', 'failing']);

/** Liveness, readiness and Prometheus metrics: deliberately public, for load balancers and scrapers. */
export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, options) => {
  const operational = { tags: ['operations'] };

  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        ...operational,
        summary: 'Liveness: the process is up',
        response: { 200: z.object({ status: z.literal('ok'), service: z.string() }) },
      },
    },
    async () => ({ status: 'ok' as const, service: options.service }),
  );

  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        ...operational,
        summary:
          'Readiness: the database (and Redis, when configured) answers and every migration is applied',
        response: {
          200: z.object({ status: z.literal('ready'), checks: z.record(z.string(), checkState) }),
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const checks: Record<string, z.infer<typeof checkState>> = {};
      if (options.database) {
        const database = options.database;
        const reachable = await database.ping().then(
          () => true,
          () => false,
        );
        checks.database = reachable ? 'ok' : 'failing';
        const migrated = reachable && (await migrationsAreApplied(database).catch(() => false));
        checks.migrations = migrated ? 'ok' : 'failing';
      }
      // Redis is checked only when configured: without it the in-memory store cannot fail.
      if (options.store?.kind === 'redis') {
        checks.redis = await options.store.ping().then(
          () => 'ok' as const,
          () => 'failing' as const,
        );
      }
      const failing = Object.entries(checks).filter(([, state]) => state === 'failing');
      if (failing.length > 0) {
        request.log.warn({ checks }, 'not ready');
        return sendProblem(reply, {
          status: 503,
          code: 'not_ready',
          detail: `Not ready: ${failing.map(([name]) => name).join(', ')} failing`,
          checks,
        });
      }
      return { status: 'ready' as const, checks };
    },
  );

  app.get(
    '/metrics',
    { config: { public: true }, schema: { ...operational, summary: 'Prometheus metrics', hide: true } },
    async (request, reply) => {
      if (options.metricsToken && !hasToken(request.headers.authorization, options.metricsToken)) {
        throw new AppError('authentication_required', 401, 'Metrics need the METRICS_TOKEN bearer token');
      }
      reply.type(options.metrics.contentType);
      return options.metrics.metrics();
    },
  );
};

function hasToken(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /i, '') ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
