import type { Logger } from 'pino';
import type { TokenService } from './auth/tokens';
import type { KeyValueStore } from './cache/key-value-store';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import type { JobRunner } from './jobs/job-runner';

/** What a process hands to the modules it mounts. Modules take the parts they use, never a global. */
export type AppContext = {
  config: Config;
  database: DatabaseHandle;
  tokens: TokenService;
  store: KeyValueStore;
  clock: () => Date;
  logger: Logger;
  /** Event handlers and schedules; modules register on it, the process entry point starts it. */
  jobs: JobRunner;
};
