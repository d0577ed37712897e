import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppContext } from '../platform/context';

/** Starts event handlers and schedules once the process serves, unless this instance is told not to run them. */
export async function startBackgroundWork(context: AppContext) {
  if (context.config.jobs.enabled) await context.jobs.start();
}

/** Closes servers, then background work and the database, on SIGINT/SIGTERM, so in-flight work finishes first. */
export function closeOnSignals(logger: Logger, servers: FastifyInstance[], context: AppContext) {
  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await Promise.allSettled(servers.map((server) => server.close()));
    await context.jobs.stop().catch(() => undefined);
    await context.store.close().catch(() => undefined);
    await context.database.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
}
