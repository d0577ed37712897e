import concurrently from 'concurrently';
import { createProcessContext } from '../platform/bootstrap';
import type { Config } from '../platform/config';
import { serveEmbeddedDatabase } from '../platform/db/embedded-server';
import { createLogger } from '../platform/logger';
import { repoRoot } from '../platform/paths';
import { prepareDemo } from '../seed/demo-mode';
import { serviceNames } from './modules';

/**
 * `npm run dev:all`: the five services as separate processes (restarting on code changes) and both
 * apps on Vite dev servers with hot reload, proxying /api to the gateway. Without DATABASE_URL this
 * process serves the embedded database to the services over the PostgreSQL protocol.
 */
export async function startDevAll(config: Config) {
  const logger = createLogger({ level: config.logLevel, service: 'dev' });
  const embedded = config.database.url
    ? undefined
    : await serveEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedDatabasePort });
  if (embedded) logger.info({ url: embedded.url }, 'serving the embedded database to the services');
  const databaseUrl = config.database.url ?? (embedded?.url as string);

  // Migrate and load demo data once, before five processes start.
  const context = await createProcessContext(
    { ...config, database: { url: databaseUrl, poolSize: 2, sharedSession: embedded !== undefined } },
    logger,
  );
  if (config.demoMode) await prepareDemo(context);
  await context.store.close();
  await context.database.close();

  const childEnv = {
    DATABASE_URL: databaseUrl,
    ...(embedded ? { DATABASE_SHARED_SESSION: 'true' } : {}),
    DEMO_MODE: String(config.demoMode),
    API_PROXY_TARGET: `http://127.0.0.1:${config.ports.gateway}`,
    // The embedded database serves one connection at a time; pg-boss's listener would hold it. Events wait in
    // the outbox until a run with DATABASE_URL (or `npm start`) delivers them.
    ...(embedded ? { JOBS_ENABLED: 'false' } : {}),
  };
  if (embedded)
    logger.warn('background jobs are off in split mode on the embedded database; set DATABASE_URL');
  const { result } = concurrently(
    [
      ...serviceNames.map((service) => ({
        name: service,
        command: `npx tsx watch --clear-screen=false server/src/cli.ts serve ${service}`,
        env: childEnv,
      })),
      { name: 'admin', command: 'npm run dev --workspace apps/admin', env: childEnv },
      { name: 'portal', command: 'npm run dev --workspace apps/portal', env: childEnv },
    ],
    {
      cwd: repoRoot,
      prefixColors: ['blue', 'green', 'yellow', 'magenta', 'cyan', 'white', 'gray'],
      killOthersOn: ['failure'],
    },
  );
  try {
    await result;
  } finally {
    await embedded?.close();
  }
}
