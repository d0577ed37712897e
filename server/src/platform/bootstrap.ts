import type { Logger } from 'pino';
import { loadSigningKeys } from './auth/keys';
import { createTokenService } from './auth/tokens';
import { createKeyValueStore } from './cache/key-value-store';
import type { Config } from './config';
import type { AppContext } from './context';
import { openDatabase } from './db/database';
import { applyMigrations } from './db/migrate';
import { createJobRunner } from './jobs/job-runner';

/** Opens the database, applies migrations and loads the token keys: everything a process needs before serving. */
export async function createProcessContext(config: Config, logger: Logger): Promise<AppContext> {
  const database = await openDatabase({
    url: config.database.url,
    poolSize: config.database.poolSize,
    sharedSession: config.database.sharedSession,
    embeddedDir: config.dataDir,
    logger,
  });
  await applyMigrations(database);
  const keys = await loadSigningKeys({
    privateKeyPem: config.auth.privateKeyPem,
    publicKeyPem: config.auth.publicKeyPem,
    demoMode: config.demoMode,
    dataDir: config.dataDir,
  });
  const store = createKeyValueStore({ redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix });
  const tokens = createTokenService({
    keys,
    issuer: config.auth.issuer,
    ttlSeconds: config.auth.accessTokenTtlSeconds,
    store,
  });
  logger.info({ driver: database.driver, store: store.kind, demoMode: config.demoMode }, 'database ready');
  const jobs = createJobRunner({
    database,
    databaseUrl: config.database.url,
    poolSize: config.jobs.poolSize,
    relayIntervalMs: config.jobs.relayIntervalMs,
    logger,
  });
  return { config, database, tokens, store, clock: () => new Date(), logger, jobs };
}
