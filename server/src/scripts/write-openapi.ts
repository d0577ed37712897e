import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateKeyPems, importKeyPems } from '../platform/auth/keys';
import { createTokenService } from '../platform/auth/tokens';
import { createKeyValueStore } from '../platform/cache/key-value-store';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/database';
import { createJobRunner } from '../platform/jobs/job-runner';
import { createLogger } from '../platform/logger';
import { buildAllInOneApp } from '../services/build-service-app';

/** Writes the OpenAPI document the all-in-one app generates from its routes' zod schemas. */
async function writeOpenApi(target: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_MODE: 'false' });
  const logger = createLogger({ level: 'silent', service: 'openapi' });
  // Building the app needs a database handle but runs no query: an empty in-memory one will do.
  const database = await openDatabase({});
  const store = createKeyValueStore({});
  const tokens = createTokenService({
    keys: await importKeyPems(generateKeyPems()),
    issuer: 'openapi',
    store,
    ttlSeconds: 60,
  });
  const jobs = createJobRunner({ database, poolSize: 1, relayIntervalMs: 1_000, logger });
  const app = await buildAllInOneApp({
    config,
    database,
    tokens,
    store,
    clock: () => new Date(),
    logger,
    jobs,
  });
  await app.ready();
  writeFileSync(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  await store.close();
  await database.close();
}

const target = process.argv[2];
if (!target) throw new Error('usage: write-openapi <file>');
await writeOpenApi(resolve(target));
console.log(`wrote ${target}`);
