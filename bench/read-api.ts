/**
 * read-api: the two commonest reads, `GET /api/clients?q=<word>` and `GET /api/clients/:id`, through the
 * gateway at 1,000,000 clients on PostgreSQL, next to a floor that runs the same SQL behind nothing but a
 * token check (floor-server.ts). Unloaded (1 connection) for latency, loaded (32 connections) for
 * throughput.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- read-api [options]
 */
import { availableParallelism } from 'node:os';
import {
  assertBenchDatabaseName,
  benchDatabaseUrl,
  parseArgsOrExplain,
  UsageError,
  wholeOption,
  withClient,
} from './support/bench-setup';
import { chooseSearchWord, containsPattern, lookupSql, searchSql } from './support/client-queries';
import { benchEnvironment, seedWithCli, signInAsAdmin, startSplitGateway } from './support/gateway-bench';
import { type Measurement, measure } from './support/load';
import { type ChildService, freePort, startTypeScript, waitUntilReady } from './support/processes';
import { type Check, format, printChecks, renderTable } from './support/report';
import { runBenchmark } from './support/run-benchmark';

const usage = `Usage: DATABASE_URL=postgres://user@host:5432/postgres npm run bench -- read-api [options]

  --clients <n>           clients to seed (default 1000000)
  --reuse                 keep the benchmark database when it already holds that many clients
  --database <name>       database to (re)create on that server (default smartcrm_bench_read_api)
  --q <word>              search word (default: a surname from a company name in the data)
  --unloaded-seconds <s>  length of each unloaded run (default 10)
  --loaded-seconds <s>    length of each loaded run (default 20)
  --connections <n>       connections of the loaded runs (default 32)`;

type Endpoint = 'lookup' | 'search';
type Load = { name: 'unloaded' | 'loaded'; connections: number; seconds: number; warmupSeconds: number };
type Target = { name: 'ours' | 'floor'; service: ChildService };
type Row = { endpoint: Endpoint; load: Load; ours: Measurement; floor: Measurement };

const SIGN_IN = { email: 'bench.read-api@smartcrm.example', password: 'bench-read-api-password' };
// Small counts for the tables this benchmark does not read, so seeding time is the clients'.
const OTHER_TABLES = ['--products', '100', '--employees', '50', '--orders', '10000', '--tickets', '2000'];

function parseOptions() {
  const { values } = parseArgsOrExplain({
    options: {
      clients: { type: 'string', default: '1000000' },
      reuse: { type: 'boolean', default: false },
      database: { type: 'string', default: 'smartcrm_bench_read_api' },
      q: { type: 'string' },
      'unloaded-seconds': { type: 'string', default: '10' },
      'loaded-seconds': { type: 'string', default: '20' },
      connections: { type: 'string', default: '32' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  assertBenchDatabaseName(values.database);
  return {
    clients: wholeOption('clients', values.clients, 100),
    reuse: values.reuse,
    database: values.database,
    word: values.q,
    unloadedSeconds: wholeOption('unloaded-seconds', values['unloaded-seconds'], 1),
    loadedSeconds: wholeOption('loaded-seconds', values['loaded-seconds'], 1),
    connections: wholeOption('connections', values.connections, 1),
  };
}

async function clientCount(url: string): Promise<number | undefined> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: number }>('select count(*)::int as count from clients');
    return rows[0]?.count;
  }).catch(() => undefined);
}

/** Sets up the benchmark database; true when an earlier run's data is kept. */
async function prepareDatabase(options: {
  serverUrl: string;
  benchUrl: string;
  database: string;
  clients: number;
  reuse: boolean;
}) {
  if (options.reuse && (await clientCount(options.benchUrl)) === options.clients) return true;
  await withClient(options.serverUrl, async (client) => {
    await client.query(`drop database if exists ${options.database} with (force)`);
    await client.query(`create database ${options.database}`);
  });
  return false;
}

/** EXPLAIN ANALYZE of both statements with the parameters the benchmark sends, after one run to warm the cache. */
async function explain(benchUrl: string, word: string, midId: number) {
  return withClient(benchUrl, async (client) => {
    const pattern = containsPattern(word);
    const plans: Record<Endpoint, string[]> = { lookup: [], search: [] };
    const statements: [Endpoint, string, unknown[]][] = [
      ['lookup', lookupSql, [midId]],
      ['search', searchSql, [pattern, 26]],
    ];
    for (const [endpoint, text, values] of statements) {
      await client.query(text, values);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${text}`,
        values,
      );
      plans[endpoint] = rows.map((row) => row['QUERY PLAN']);
    }
    return plans;
  });
}

function printTable(rows: Row[]) {
  const header = [
    'scenario',
    'ours req/s',
    'p50 ms',
    'p99 ms',
    'CPU µs/req',
    'floor req/s',
    'p50 ms',
    'p99 ms',
    'CPU µs/req',
    'ours/floor',
  ];
  const lines = rows.map((row) => [
    `${row.endpoint} ${row.load.name} (${row.load.connections} conn, ${row.load.seconds} s)`,
    format.count(row.ours.requestsPerSecond),
    format.ms(row.ours.p50Ms),
    format.ms(row.ours.p99Ms),
    format.count(row.ours.cpuMicrosPerRequest),
    format.count(row.floor.requestsPerSecond),
    format.ms(row.floor.p50Ms),
    format.ms(row.floor.p99Ms),
    format.count(row.floor.cpuMicrosPerRequest),
    format.ratio(row.ours.requestsPerSecond / row.floor.requestsPerSecond),
  ]);
  console.log(renderTable(header, lines));
}

function printTargets(rows: Row[]) {
  const find = (endpoint: Endpoint, load: Load['name']) =>
    rows.find((row) => row.endpoint === endpoint && row.load.name === load);
  const checks: Check[] = [
    {
      label: 'lookup unloaded p99 < 3 ms',
      value: find('lookup', 'unloaded')?.ours.p99Ms,
      limit: 3,
      atMost: true,
      unit: ' ms',
    },
    {
      label: 'search unloaded p99 < 10 ms',
      value: find('search', 'unloaded')?.ours.p99Ms,
      limit: 10,
      atMost: true,
      unit: ' ms',
    },
    ...(['lookup', 'search'] as const).map((endpoint) => {
      const row = find(endpoint, 'loaded');
      return {
        label: `${endpoint} loaded throughput ≥ 0.7× floor`,
        value: row ? row.ours.requestsPerSecond / row.floor.requestsPerSecond : undefined,
        limit: 0.7,
        atMost: false,
        unit: '×',
      };
    }),
  ];
  console.log('\ntargets');
  printChecks(checks);
}

async function main() {
  const options = parseOptions();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new UsageError('DATABASE_URL must point at a PostgreSQL server');
  const benchUrl = benchDatabaseUrl(serverUrl, options.database);
  const runStarted = performance.now();
  const loadBefore = format.load();

  const reused = await prepareDatabase({ serverUrl, benchUrl, ...options });
  const [gatewayPort, usersPort, floorPort] = [await freePort(), await freePort(), await freePort()];
  const env = benchEnvironment({ benchUrl, gatewayPort, usersPort, floorPort });

  if (reused) {
    console.log(
      `database ${options.database}: reused, ${format.count(options.clients)} clients already seeded`,
    );
  } else {
    console.log(`database ${options.database}: seeding ${format.count(options.clients)} clients…`);
    const seeded = await seedWithCli(env, ['--clients', String(options.clients), ...OTHER_TABLES]);
    const reported =
      seeded.reportedSeconds === undefined ? '' : `; the seed itself ${seeded.reportedSeconds.toFixed(1)} s`;
    console.log(
      `seed time: ${seeded.wallSeconds.toFixed(1)} s wall (incl. start-up and migrations${reported})`,
    );
  }
  const vacuumStarted = performance.now();
  // What autovacuum would have done by the time real traffic arrives: statistics, hint bits, visibility map.
  await withClient(benchUrl, (client) => client.query('vacuum (analyze)'));
  console.log(`vacuum analyze: ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`);

  const { users, gateway } = startSplitGateway(env);
  const floor = startTypeScript({
    name: 'floor',
    entry: 'bench/floor-server.ts',
    env,
    url: `http://127.0.0.1:${floorPort}`,
  });
  await Promise.all([users, gateway, floor].map((service) => waitUntilReady(service)));
  const token = await signInAsAdmin(gateway.url, env, SIGN_IN);
  const headers = { authorization: `Bearer ${token}` };

  const { minId, maxId } = await withClient(benchUrl, async (client) => {
    const { rows } = await client.query<{ minId: number; maxId: number }>(
      'select min(id)::int as "minId", max(id)::int as "maxId" from clients',
    );
    return rows[0] as { minId: number; maxId: number };
  });
  const search = await chooseSearchWord(benchUrl, options.word);
  console.log(
    `search word: "${search.word}" (${search.source}); ${format.count(search.matches)} of ` +
      `${format.count(options.clients)} clients match`,
  );
  const searchPath = `/api/clients?q=${encodeURIComponent(search.word)}&limit=25`;
  const randomLookupPath = () => `/api/clients/${minId + Math.floor(Math.random() * (maxId - minId + 1))}`;

  // Both must give the same answer, or the floor is not a floor for this work.
  for (const path of [searchPath, `/api/clients/${minId}`]) {
    const [ours, theirs] = await Promise.all(
      [gateway, floor].map(async (service) => {
        const response = await fetch(`${service.url}${path}`, { headers });
        if (!response.ok)
          throw new Error(`${service.name} ${path}: ${response.status} ${await response.text()}`);
        const body = (await response.json()) as { id?: number; items?: { id: number }[] };
        return JSON.stringify(body.items?.map((item) => item.id) ?? body.id);
      }),
    );
    if (ours !== theirs) throw new Error(`gateway and floor disagree on ${path}: ${ours} vs ${theirs}`);
  }

  const plans = await explain(benchUrl, search.word, Math.floor((minId + maxId) / 2));

  const loads: Load[] = [
    { name: 'unloaded', connections: 1, seconds: options.unloadedSeconds, warmupSeconds: 2 },
    { name: 'loaded', connections: options.connections, seconds: options.loadedSeconds, warmupSeconds: 3 },
  ];
  const paths: Record<Endpoint, () => string> = { lookup: randomLookupPath, search: () => searchPath };
  const targets: Target[] = [
    { name: 'ours', service: gateway },
    { name: 'floor', service: floor },
  ];
  const rows: Row[] = [];
  let failures = 0;
  for (const load of loads) {
    for (const endpoint of ['lookup', 'search'] as const) {
      const results: Partial<Record<Target['name'], Measurement>> = {};
      // Ours then floor, back to back, so a change in background load hits both alike.
      for (const target of targets) {
        const run = {
          url: target.service.url,
          serverPid: target.service.process.pid,
          headers,
          connections: load.connections,
          nextPath: paths[endpoint],
        };
        await measure({ ...run, seconds: load.warmupSeconds });
        const measured = await measure({ ...run, seconds: load.seconds });
        failures += measured.failures;
        results[target.name] = measured;
        console.error(
          `  ${endpoint} ${load.name} ${target.name}: ${format.count(measured.requestsPerSecond)} req/s, ` +
            `p50 ${format.ms(measured.p50Ms)} ms, p99 ${format.ms(measured.p99Ms)} ms, ` +
            `${format.count(measured.cpuMicrosPerRequest)} µs CPU/req` +
            (measured.failures > 0 ? `, ${measured.failures} FAILED requests` : ''),
        );
      }
      rows.push({ endpoint, load, ours: results.ours as Measurement, floor: results.floor as Measurement });
    }
  }

  console.log(
    `\nread-api · ${format.count(options.clients)} clients · PostgreSQL pool ${env.DATABASE_POOL_SIZE} · ` +
      `Node ${process.version} · ${availableParallelism()} CPUs · load average ${loadBefore} → ${format.load()}\n`,
  );
  printTable(rows);
  printTargets(rows);
  console.log('\nsearch plan (EXPLAIN ANALYZE, warm):');
  for (const line of plans.search) console.log(`  ${line}`);
  console.log(`lookup plan: ${plans.lookup[0]?.trim()} · ${plans.lookup.at(-1)?.trim()}`);
  console.log(
    `\ntotal ${((performance.now() - runStarted) / 1000).toFixed(0)} s; database ${options.database} kept ` +
      '(--reuse skips seeding next time)',
  );
  if (failures > 0)
    throw new Error(`${failures} requests failed or were not 2xx: the figures above are not valid`);
}

await runBenchmark(main, { usage });
