import { createProcessContext } from '../platform/bootstrap';
import type { Config } from '../platform/config';
import { createLogger } from '../platform/logger';
import { buildServiceApp } from './build-service-app';
import { closeOnSignals, startBackgroundWork } from './lifecycle';
import type { ServiceName } from './modules';

/** Split mode: one service per process, each on its own port. */
export async function startService(service: ServiceName, config: Config) {
  const logger = createLogger({ level: config.logLevel, service });
  const context = await createProcessContext(config, logger);
  const app = await buildServiceApp(service, context);
  await app.listen({ port: config.ports[service], host: config.host });
  await startBackgroundWork(context);
  closeOnSignals(logger, [app], context);
}
