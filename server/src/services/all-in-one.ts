import { join } from 'node:path';
import { createProcessContext } from '../platform/bootstrap';
import type { Config } from '../platform/config';
import { assertBuilt, createStaticSite } from '../platform/http/static-site';
import { createLogger } from '../platform/logger';
import { repoRoot } from '../platform/paths';
import { prepareDemo } from '../seed/demo-mode';
import { buildAllInOneApp } from './build-service-app';
import { closeOnSignals, startBackgroundWork } from './lifecycle';

/** `npm start`: every module in one process, API on the gateway port, both built apps on theirs. */
export async function startAllInOne(config: Config) {
  const sites = [
    { name: 'admin', port: config.ports.admin, root: join(repoRoot, 'apps/admin/dist') },
    { name: 'portal', port: config.ports.portal, root: join(repoRoot, 'apps/portal/dist') },
  ];
  for (const site of sites) assertBuilt(site.name, site.root);
  const logger = createLogger({ level: config.logLevel, service: 'all-in-one' });
  const context = await createProcessContext(config, logger);
  if (config.demoMode) await prepareDemo(context);

  const api = await buildAllInOneApp(context);
  await api.listen({ port: config.ports.gateway, host: config.host });
  const apiUrl = `http://127.0.0.1:${config.ports.gateway}`;

  const servers = [api];
  for (const site of sites) {
    const server = await createStaticSite({
      name: site.name,
      root: site.root,
      apiUrl,
      logger,
    });
    await server.listen({ port: site.port, host: config.host });
    servers.push(server);
  }
  await startBackgroundWork(context);
  closeOnSignals(logger, servers, context);
  logger.info(
    {
      admin: `http://localhost:${config.ports.admin}`,
      portal: `http://localhost:${config.ports.portal}`,
      api: `http://localhost:${config.ports.gateway}/docs`,
    },
    'Smart CRM Suite is running',
  );
}
