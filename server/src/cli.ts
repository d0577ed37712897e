import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { createUserService } from './modules/identity';
import { generateKeyPems } from './platform/auth/keys';
import { createProcessContext } from './platform/bootstrap';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { applyMigrations } from './platform/db/migrate';
import { AppError } from './platform/http/errors';
import { createLogger } from './platform/logger';
import { repoRoot } from './platform/paths';
import { createDemoAccounts, prepareDemo } from './seed/demo-mode';
import { demoScale, SeedError, seedDatabase } from './seed/seed';
import { startAllInOne } from './services/all-in-one';
import { startDevAll } from './services/dev-all';
import { type ServiceName, serviceNames } from './services/modules';
import { startService } from './services/single-service';

// Settings in .env apply unless the environment already sets them.
const envFile = join(repoRoot, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

const count = (value: string) => {
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number');
  return parsed;
};

const program = new Command('smartcrm').description('Smart CRM Suite command line');

program
  .command('start')
  .description('Run the whole suite in one process (API, admin app, portal)')
  .action(async () => startAllInOne(loadConfig()));

program
  .command('serve')
  .description('Run one service of split mode')
  .argument('<service>', `one of: ${serviceNames.join(', ')}`)
  .action(async (service: string) => {
    if (!serviceNames.includes(service as ServiceName)) {
      throw new InvalidArgumentError(
        `unknown service "${service}"; expected one of ${serviceNames.join(', ')}`,
      );
    }
    await startService(service as ServiceName, loadConfig());
  });

program
  .command('dev')
  .description('Run the five services and both apps with hot reload (split mode)')
  .action(async () => startDevAll(loadConfig()));

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase({ url: config.database.url, embeddedDir: config.dataDir });
    await applyMigrations(database);
    await database.close();
    console.log('migrations applied');
  });

program
  .command('seed')
  .description('Load a realistic, deterministic data set into an empty database')
  .option('--products <n>', 'products', count, demoScale.products)
  .option('--clients <n>', 'clients', count, demoScale.clients)
  .option('--employees <n>', 'employees', count, demoScale.employees)
  .option('--orders <n>', 'orders (with 1 to --lines-per-order lines each)', count, demoScale.orders)
  .option('--tickets <n>', 'tickets', count, demoScale.tickets)
  .option(
    '--contacts-per-client <n>',
    'most contacts a client has (1 to n each)',
    count,
    demoScale.contactsPerClient,
  )
  .option(
    '--lines-per-order <n>',
    'most lines an order has (1 to n each, (n + 1) / 2 on average)',
    count,
    demoScale.linesPerOrder,
  )
  .option('--seed <n>', 'random seed; the same seed gives the same data', count, 20_261_124)
  .option('--as-of <date>', 'the day the data ends (YYYY-MM-DD); defaults to today', (value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      throw new InvalidArgumentError('expected a day as YYYY-MM-DD');
    }
    return value;
  })
  .action(async (options) => {
    const config = loadConfig();
    const logger = createLogger({ level: 'warn', service: 'seed' });
    const context = await createProcessContext(config, logger);
    const bar = new SingleBar(
      { format: ' {table} |{bar}| {value}/{total} rows | {duration}s' },
      Presets.shades_classic,
    );
    let currentTable = '';
    const started = Date.now();
    // In demo mode the staff accounts exist first, so the seed makes them account managers and employees.
    if (config.demoMode) await createDemoAccounts(context, { clientId: null });
    const summary = await seedDatabase(context.database.db, {
      scale: {
        products: options.products,
        clients: options.clients,
        employees: options.employees,
        orders: options.orders,
        tickets: options.tickets,
        contactsPerClient: options.contactsPerClient,
        linesPerOrder: options.linesPerOrder,
      },
      seed: options.seed,
      asOf: options.asOf ? new Date(`${options.asOf}T00:00:00Z`) : undefined,
      onProgress: (table, done, total) => {
        if (table !== currentTable) {
          if (currentTable) bar.stop();
          currentTable = table;
          bar.start(total, 0, { table: table.padEnd(10) });
        }
        bar.update(done, { table: table.padEnd(10) });
      },
    });
    bar.stop();
    if (config.demoMode) await prepareDemo(context);
    await context.store.close();
    await context.database.close();
    console.log(`seeded ${JSON.stringify(summary)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

program
  .command('create-admin')
  .description('Create the first administrator (password from ADMIN_PASSWORD or standard input)')
  .requiredOption('--email <email>', 'sign-in email')
  .option('--name <name>', 'display name')
  .action(async (options: { email: string; name?: string }) => {
    const password = process.env.ADMIN_PASSWORD ?? (await readStdin()).trim();
    if (password.length < 10) throw new InvalidArgumentError('the password must have at least 10 characters');
    const config = loadConfig();
    const database = await openDatabase({ url: config.database.url, embeddedDir: config.dataDir });
    await applyMigrations(database);
    const user = await createUserService({ db: database.db }).createUser({
      email: options.email,
      name: options.name,
      role: 'admin',
      password,
    });
    await database.close();
    console.log(`administrator ${user.email} created (id ${user.id})`);
  });

program
  .command('generate-keys')
  .description('Print a new token signing key pair as environment variables')
  .action(() => {
    const { privateKeyPem, publicKeyPem } = generateKeyPems();
    const oneLine = (pem: string) => pem.trim().replaceAll('\n', '\\n');
    console.log(`JWT_PRIVATE_KEY="${oneLine(privateKeyPem)}"`);
    console.log(`JWT_PUBLIC_KEY="${oneLine(publicKeyPem)}"`);
  });

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is not hidden; prefer ADMIN_PASSWORD): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

program.parseAsync().catch((error: unknown) => {
  const known =
    error instanceof ConfigError || error instanceof SeedError || error instanceof InvalidArgumentError;
  if (known || error instanceof AppError) {
    console.error(`smartcrm: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
