import concurrently from 'concurrently';
import type { Config } from '../platform/config';
import { ConfigError } from '../platform/config';
import { createProcessContext } from '../platform/bootstrap';
import { createLogger } from '../platform/logger';
import { repoRoot } from '../platform/paths';
import { prepareDemo } from '../seed/demo-mode';
import { serviceNames } from './modules';

/**
 * `npm run dev:all`: the five services as separate processes (restarting on code changes) and both
 * apps on Vite dev servers with hot reload, proxying /api to the gateway.
 */
export async function startDevAll(config: Config) {
  if (!config.database.url) {
    // PGlite is single-connection; sharing it between five processes is not proven safe (ARCHITECTURE §2).
    throw new ConfigError(
      'Split mode needs PostgreSQL: set DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/smartcrm). ' +
        'To run on the embedded database instead, use `npm start` (all services in one process).',
    );
  }
  // Migrate and load demo data once, before five processes race for it.
  const logger = createLogger({ level: config.logLevel, service: 'dev' });
  const context = await createProcessContext(config, logger);
  if (config.demoMode) await prepareDemo(context);
  await context.database.close();

  const gatewayUrl = `http://127.0.0.1:${config.ports.gateway}`;
  const { result } = concurrently(
    [
      ...serviceNames.map((service) => ({
        name: service,
        command: `npx tsx watch --clear-screen=false server/src/cli.ts serve ${service}`,
      })),
      { name: 'admin', command: 'npm run dev --workspace apps/admin', env: { API_PROXY_TARGET: gatewayUrl } },
      { name: 'portal', command: 'npm run dev --workspace apps/portal', env: { API_PROXY_TARGET: gatewayUrl } },
    ],
    { cwd: repoRoot, prefixColors: ['blue', 'green', 'yellow', 'magenta', 'cyan', 'white', 'gray'], killOthersOn: ['failure'] },
  );
  await result;
}
