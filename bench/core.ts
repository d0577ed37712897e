/**
 * core: the business core's everyday work through the gateway at enterprise scale (1,000,000 clients,
 * 200,000 products, 5,000,000 orders with about 15,000,000 lines) on PostgreSQL: client search, filtered
 * order lists, the client 360° page, order entry (draft, then confirmation with pricing and stock
 * reservation) and revenue by month. Unloaded (1 connection) for latency, loaded (32 connections) for
 * throughput; the lists also against a floor that runs the same SQL behind nothing but a token check
 * (core-floor-server.ts).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- core [options]
 */
import { availableParallelism } from 'node:os';
import {
  assertBenchDatabaseName,
  benchDatabaseUrl,
  chosenScenarios,
  labelDatabase,
  parseArgsOrExplain,
  prepareLabelledDatabase,
  scaleLabel,
  UsageError,
  wholeOption,
  withClient,
} from './support/bench-setup';
import { chooseSearchWord, containsPattern } from './support/client-queries';
import {
  clientSearchSql,
  contactsSql,
  ordersByClientSql,
  ordersByStatusSql,
  receivablesSql,
  revenueByMonthSql,
  revenueSummarySql,
  rfmSql,
  satisfactionFiguresSql,
  timelineSql,
} from './support/core-queries';
import { benchEnvironment, seedWithCli, signInAsAdmin, startSplitGateway } from './support/gateway-bench';
import { type Measurement, measure } from './support/load';
import {
  type Latency,
  type OperationContext,
  type OperationMeasurement,
  runOperations,
  stopOperations,
} from './support/operations';
import { freePort, startTypeScript, waitUntilReady } from './support/processes';
import { type Check, format, printChecks, renderTable } from './support/report';
import { runBenchmark } from './support/run-benchmark';

const scenarioNames = [
  'search',
  'orders-status',
  'orders-client',
  'client-360',
  'order-create',
  'revenue',
] as const;
type ScenarioName = (typeof scenarioNames)[number];

const usage = `Usage: DATABASE_URL=postgres://user@host:5432/postgres npm run bench -- core [options]

  --clients <n>           clients to seed (default 1000000)
  --products <n>          products to seed (default 200000)
  --orders <n>            orders to seed (default 5000000)
  --lines-per-order <n>   1 to n lines an order (default 5: about 3 on average)
  --employees <n>         employees to seed (default 200)
  --tickets <n>           tickets to seed (default 100000)
  --reuse                 keep the benchmark database when it was seeded at this scale
  --database <name>       database to (re)create on that server (default smartcrm_bench_core)
  --q <word>              search word (default: a surname from a company name in the data)
  --only <names>          comma-separated scenarios (default all): ${scenarioNames.join(', ')}
  --unloaded-seconds <s>  length of each unloaded run (default 10)
  --loaded-seconds <s>    length of each loaded run (default 20)
  --connections <n>       connections of the loaded runs (default 32)`;

type Load = { name: 'unloaded' | 'loaded'; connections: number; seconds: number; warmupSeconds: number };
/** One measured run, whether of single requests (autocannon) or of operations of several. */
type Figures = {
  perSecond: number;
  count: number;
  p50Ms: number;
  p99Ms: number;
  cpuMicros: number;
  failures: number;
  firstFailure?: string;
};
type Row = {
  scenario: ScenarioName;
  label: string;
  /** What a count is: a request, a page, an order. */
  unit: string;
  load: Load;
  ours: Figures;
  floor?: Figures;
  steps?: Record<string, Latency>;
};

const SIGN_IN = { email: 'bench.core@smartcrm.example', password: 'bench-core-password' };
const ORDER_NOTE = 'core benchmark';
const RULE_PREFIX = 'core benchmark:';
// Enough for every confirmation of a run on any product of the pool; topped up before each run.
const POOL_STOCK = 10_000;
const PAGE_SIZE = 25;
const TIMELINE_PAGE = 20; // what the admin app's timeline asks for
const CLIENT_ORDERS_PAGE = 10; // and its orders tab
// A loaded run of a slow endpoint queues far beyond autocannon's 10 s default.
const TIMEOUT_SECONDS = 120;

function parseOptions() {
  const { values } = parseArgsOrExplain({
    options: {
      clients: { type: 'string', default: '1000000' },
      products: { type: 'string', default: '200000' },
      orders: { type: 'string', default: '5000000' },
      'lines-per-order': { type: 'string', default: '5' },
      employees: { type: 'string', default: '200' },
      tickets: { type: 'string', default: '100000' },
      reuse: { type: 'boolean', default: false },
      database: { type: 'string', default: 'smartcrm_bench_core' },
      q: { type: 'string' },
      only: { type: 'string' },
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
    scale: {
      clients: wholeOption('clients', values.clients, 100),
      products: wholeOption('products', values.products, 10),
      orders: wholeOption('orders', values.orders, 100),
      linesPerOrder: wholeOption('lines-per-order', values['lines-per-order'], 1),
      employees: wholeOption('employees', values.employees, 1),
      tickets: wholeOption('tickets', values.tickets, 0),
    },
    reuse: values.reuse,
    database: values.database,
    word: values.q,
    scenarios: chosenScenarios(values.only, scenarioNames),
    unloadedSeconds: wholeOption('unloaded-seconds', values['unloaded-seconds'], 1),
    loadedSeconds: wholeOption('loaded-seconds', values['loaded-seconds'], 1),
    connections: wholeOption('connections', values.connections, 1),
  };
}

/** The day (YYYY-MM-DD, UTC) `months` calendar months from the first of this month. */
function firstOfMonth(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T;

/** Up to `count` distinct values, in random order. */
function pickDistinct<T>(values: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, values.length)) chosen.add(pick(values));
  return [...chosen];
}

type Api = {
  url: string;
  headers: Record<string, string>;
};

async function callApi<T>(api: Api, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { ...api.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Runs `work` on every value, `parallel` at a time. */
async function forEachLimited<T>(values: T[], parallel: number, work: (value: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < values.length) {
        const value = values[next++] as T;
        await work(value);
      }
    }),
  );
}

/**
 * What order entry needs: clients that take orders, sellable products in one currency with stock for a
 * whole run (topped up with receipts through the API, as a warehouse would), and price rules for the price
 * function to weigh (created through the API when the seed made none).
 */
async function prepareOrderEntry(benchUrl: string, api: Api) {
  const pools = await withClient(benchUrl, async (client) => {
    const clients = await client.query<{ id: number }>(
      'select id from clients where archived_at is null order by random() limit 1000',
    );
    const products = await client.query<{ id: number; available: number; category_id: number | null }>(
      `select id, stock_on_hand - stock_reserved as available, category_id from products
       where status = 'active' and currency = (select currency from products group by 1 order by count(*) desc limit 1)
       order by random() limit 1000`,
    );
    const rules = await client.query<{ count: number }>(
      'select count(*)::int as count from price_rules where is_active',
    );
    return { clients: clients.rows, products: products.rows, activeRules: rules.rows[0]?.count ?? 0 };
  });
  if (pools.clients.length === 0 || pools.products.length < 3)
    throw new Error('order entry needs clients and at least 3 active products');

  let createdRules = 0;
  if (pools.activeRules === 0) {
    const now = Date.now();
    const categories = [...new Set(pools.products.flatMap((product) => product.category_id ?? []))].slice(
      0,
      5,
    );
    const rules = [
      { name: `${RULE_PREFIX} 5% from 3 units`, kind: 'volume_tier', minQuantity: 3, percentOff: '5' },
      { name: `${RULE_PREFIX} gold`, kind: 'segment_price', clientTier: 'gold', percentOff: '8' },
      { name: `${RULE_PREFIX} platinum`, kind: 'segment_price', clientTier: 'platinum', percentOff: '12' },
      ...categories.map((categoryId) => ({
        name: `${RULE_PREFIX} promotion on category ${categoryId}`,
        kind: 'promotion',
        categoryId,
        percentOff: '10',
        startsAt: new Date(now - 86_400_000).toISOString(),
        endsAt: new Date(now + 30 * 86_400_000).toISOString(),
      })),
      ...pools.clients.slice(0, 100).map((client) => ({
        name: `${RULE_PREFIX} client ${client.id}`,
        kind: 'client_price',
        clientId: client.id,
        percentOff: '3',
      })),
    ];
    await forEachLimited(rules, 4, async (rule) => {
      await callApi(api, 'POST', '/api/price-rules', rule);
    });
    createdRules = rules.length;
  }

  const short = pools.products.filter((product) => product.available < POOL_STOCK);
  await forEachLimited(short, 4, async (product) => {
    await callApi(api, 'POST', `/api/products/${product.id}/movements`, {
      kind: 'receipt',
      quantity: POOL_STOCK - product.available,
      reason: 'core benchmark: stock for order entry',
    });
  });
  return {
    clientIds: pools.clients.map((client) => client.id),
    productIds: pools.products.map((product) => product.id),
    createdRules,
    existingRules: pools.activeRules,
    toppedUp: short.length,
  };
}

/** A statement with the parameters the benchmark sends, to explain. */
type Statement = { name: string; scenario: ScenarioName; text: string; values: unknown[] };

/** EXPLAIN (ANALYZE, BUFFERS) of each statement after one run to warm the cache. */
async function explain(benchUrl: string, statements: Statement[]) {
  return withClient(benchUrl, async (client) => {
    const plans: { name: string; lines: string[] }[] = [];
    for (const statement of statements) {
      await client.query(statement.text, statement.values);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${statement.text}`,
        statement.values,
      );
      plans.push({ name: statement.name, lines: rows.map((row) => row['QUERY PLAN']) });
    }
    return plans;
  });
}

const fromMeasurement = (measured: Measurement): Figures => ({
  perSecond: measured.requestsPerSecond,
  count: measured.requests,
  p50Ms: measured.p50Ms,
  p99Ms: measured.p99Ms,
  cpuMicros: measured.cpuMicrosPerRequest,
  failures: measured.failures,
  firstFailure:
    measured.failures > 0
      ? `${measured.failures} non-2xx or errors, ${measured.timeouts} of them timeouts`
      : undefined,
});

const fromOperations = (measured: OperationMeasurement): Figures => ({
  perSecond: measured.operationsPerSecond,
  count: measured.operations,
  p50Ms: measured.total.p50Ms,
  p99Ms: measured.total.p99Ms,
  cpuMicros: measured.cpuMicrosPerOperation,
  failures: measured.failures,
  firstFailure: measured.firstFailure,
});

function describe(figures: Figures) {
  return (
    `${format.rate(figures.perSecond)}/s, p50 ${format.ms(figures.p50Ms)} ms, p99 ${format.ms(figures.p99Ms)} ms, ` +
    `${format.count(figures.cpuMicros)} µs CPU` +
    (figures.failures > 0 ? `, ${figures.failures} FAILED (${figures.firstFailure})` : '')
  );
}

function printTable(rows: Row[]) {
  const header = [
    'scenario',
    'load',
    'n',
    'ours /s',
    'p50 ms',
    'p99 ms',
    'CPU µs',
    'floor /s',
    'p50 ms',
    'p99 ms',
    'CPU µs',
    'ours/floor',
    'failed',
  ];
  const lines = rows.map((row) => [
    `${row.label} (per ${row.unit})`,
    `${row.load.name} ${row.load.connections}×${row.load.seconds}s`,
    format.count(row.ours.count),
    format.rate(row.ours.perSecond),
    format.ms(row.ours.p50Ms),
    format.ms(row.ours.p99Ms),
    format.count(row.ours.cpuMicros),
    row.floor ? format.rate(row.floor.perSecond) : '',
    row.floor ? format.ms(row.floor.p50Ms) : '',
    row.floor ? format.ms(row.floor.p99Ms) : '',
    row.floor ? format.count(row.floor.cpuMicros) : '',
    row.floor ? format.ratio(row.ours.perSecond / row.floor.perSecond) : '',
    String(row.ours.failures + (row.floor?.failures ?? 0)),
  ]);
  console.log(renderTable(header, lines));
}

function printSteps(rows: Row[]) {
  const lines: string[][] = [];
  for (const row of rows) {
    for (const [step, latency] of Object.entries(row.steps ?? {})) {
      lines.push([
        row.label,
        `${row.load.name} ${row.load.connections}×${row.load.seconds}s`,
        step,
        format.ms(latency.p50Ms),
        format.ms(latency.p99Ms),
      ]);
    }
  }
  if (lines.length === 0) return;
  console.log('\nsteps of the multi-request scenarios');
  console.log(renderTable(['scenario', 'load', 'step', 'p50 ms', 'p99 ms'], lines));
}

function printTargets(rows: Row[]) {
  const find = (label: string, load: Load['name']) =>
    rows.find((row) => row.label === label && row.load.name === load);
  const latency = (label: string, limit: number, name = label): Check => ({
    label: `${name} unloaded p99 < ${limit} ms`,
    value: find(label, 'unloaded')?.ours.p99Ms,
    limit,
    atMost: true,
    unit: ' ms',
  });
  const throughput = (label: string): Check => {
    const row = find(label, 'loaded');
    return {
      label: `${label} loaded throughput ≥ 0.7× floor`,
      value: row?.floor ? row.ours.perSecond / row.floor.perSecond : undefined,
      limit: 0.7,
      atMost: false,
      unit: '×',
    };
  };
  console.log('\ntargets');
  printChecks([
    latency(labels.search, 15),
    latency(labels.ordersStatus, 15),
    latency(labels.ordersClient, 15),
    latency(labels.page, 30, 'client 360° page'),
    latency(labels.orderCreateOne, 20, 'order creation with pricing and stock reservation'),
    latency(labels.revenue, 300),
    throughput(labels.search),
    throughput(labels.ordersStatus),
    throughput(labels.ordersClient),
  ]);
}

const labels = {
  search: 'client search',
  ordersStatus: 'orders by status and quarter',
  ordersClient: "one client's orders",
  page: 'client 360° page as the admin app loads it',
  pageNoRfm: 'client 360° page as the admin app loads it, without RFM',
  pageCalls: 'client 360° page, its 6 calls one by one',
  pageCallsNoRfm: 'client 360° page, 5 calls one by one (no RFM)',
  orderCreate: 'order entry: draft + confirm',
  orderCreateOne: 'order creation: one request (confirm: true)',
  revenue: 'revenue by month, 12 months',
};

async function main() {
  const options = parseOptions();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new UsageError('DATABASE_URL must point at a PostgreSQL server');
  const benchUrl = benchDatabaseUrl(serverUrl, options.database);
  const runStarted = performance.now();
  const loadBefore = format.load();
  const { scale } = options;
  const want = (scenario: ScenarioName) => options.scenarios.has(scenario);

  const label = scaleLabel('core', scale);
  const reused = await prepareLabelledDatabase({ serverUrl, benchUrl, ...options, label });
  const [gatewayPort, usersPort, floorPort] = [await freePort(), await freePort(), await freePort()];
  const env = benchEnvironment({ benchUrl, gatewayPort, usersPort, floorPort });

  let seedLine = 'seed: none (database reused)';
  if (reused) {
    console.log(`database ${options.database}: reused, seeded as ${label}`);
  } else {
    console.log(
      `database ${options.database}: seeding ${format.count(scale.clients)} clients, ` +
        `${format.count(scale.products)} products, ${format.count(scale.orders)} orders…`,
    );
    const seeded = await seedWithCli(env, [
      ...['--clients', String(scale.clients), '--products', String(scale.products)],
      ...['--orders', String(scale.orders), '--lines-per-order', String(scale.linesPerOrder)],
      ...['--employees', String(scale.employees), '--tickets', String(scale.tickets)],
    ]);
    await labelDatabase(benchUrl, options.database, label);
    const reported =
      seeded.reportedSeconds === undefined ? '' : `; the seed itself ${seeded.reportedSeconds.toFixed(1)} s`;
    seedLine = `seed time: ${seeded.wallSeconds.toFixed(1)} s wall (incl. start-up and migrations${reported})`;
    console.log(seedLine);
    if (seeded.rows)
      console.log(
        `seeded rows: ${Object.entries(seeded.rows)
          .map(([table, count]) => `${table} ${format.count(count)}`)
          .join(', ')}`,
      );
  }
  const vacuumStarted = performance.now();
  // What autovacuum would have done by the time real traffic arrives: statistics, hint bits, visibility map.
  await withClient(benchUrl, (client) => client.query('vacuum (analyze)'));
  const vacuumLine = `vacuum analyze: ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`;
  console.log(vacuumLine);

  const { users, gateway } = startSplitGateway(env);
  const floor = startTypeScript({
    name: 'floor',
    entry: 'bench/core-floor-server.ts',
    env,
    url: `http://127.0.0.1:${floorPort}`,
  });
  await Promise.all([users, gateway, floor].map((service) => waitUntilReady(service)));
  const token = await signInAsAdmin(gateway.url, env, SIGN_IN);
  const headers = { authorization: `Bearer ${token}` };
  const api: Api = { url: gateway.url, headers };

  // What the requests ask for.
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const quarter = { from: firstOfMonth(now, -4), to: firstOfMonth(now, -1) };
  const year = { from: firstOfMonth(now, -11), to: firstOfMonth(now, 1) };
  const facts = await withClient(benchUrl, async (client) => {
    const ids = await client.query<{ minId: number; maxId: number }>(
      'select min(id)::int as "minId", max(id)::int as "maxId" from clients',
    );
    const { minId, maxId } = ids.rows[0] as { minId: number; maxId: number };
    // A client halfway through with orders, for the plans.
    const typical = await client.query<{ id: number; orders: number }>(
      `select client_id as id, count(*)::int as orders from orders
       where client_id = (select client_id from orders where client_id >= $1 order by client_id limit 1)
       group by client_id`,
      [Math.floor((minId + maxId) / 2)],
    );
    const delivered = await client.query<{ count: number }>(
      `select count(*)::int as count from orders where status = 'delivered' and order_date >= $1 and order_date < $2`,
      [new Date(quarter.from), new Date(quarter.to)],
    );
    const counts = await client.query<{ orders: number; items: number; products: number }>(
      `select (select count(*) from orders)::int as orders, (select count(*) from order_items)::int as items,
              (select count(*) from products)::int as products`,
    );
    return {
      minId,
      maxId,
      typicalClient: typical.rows[0] ?? { id: minId, orders: 0 },
      deliveredInQuarter: delivered.rows[0]?.count ?? 0,
      ...(counts.rows[0] as { orders: number; items: number; products: number }),
    };
  });
  const randomClientId = () => facts.minId + Math.floor(Math.random() * (facts.maxId - facts.minId + 1));
  const search = await chooseSearchWord(benchUrl, options.word);
  console.log(
    `data: ${format.count(facts.maxId - facts.minId + 1)} clients, ${format.count(facts.products)} products, ` +
      `${format.count(facts.orders)} orders, ${format.count(facts.items)} order lines`,
  );
  console.log(
    `search word: "${search.word}" (${search.source}); ${format.count(search.matches)} clients match`,
  );
  console.log(
    `orders by status: delivered from ${quarter.from} to ${quarter.to}, ${format.count(facts.deliveredInQuarter)} match`,
  );

  const paths = {
    search: () => `/api/clients?q=${encodeURIComponent(search.word)}&limit=${PAGE_SIZE}`,
    ordersStatus: () =>
      `/api/orders?status=delivered&from=${quarter.from}&to=${quarter.to}&limit=${PAGE_SIZE}`,
    ordersClient: () => `/api/orders?clientId=${randomClientId()}&limit=${PAGE_SIZE}`,
    revenue: () => `/api/reports/revenue?groupBy=month&from=${year.from}&to=${year.to}`,
  };
  const pageCalls = (id: number): [string, string][] => [
    ['client', `/api/clients/${id}`],
    ['timeline', `/api/clients/${id}/timeline?limit=${TIMELINE_PAGE}`],
    ['contacts', `/api/clients/${id}/contacts`],
    ['orders', `/api/orders?clientId=${id}&limit=${CLIENT_ORDERS_PAGE}&sort=-orderDate`],
    ['satisfaction', `/api/clients/${id}/satisfaction`],
    ['rfm', `/api/clients/${id}/rfm`],
  ];

  // Ours and the floor must give the same answer, or the floor is not a floor for this work.
  for (const path of [
    paths.search(),
    paths.ordersStatus(),
    `/api/orders?clientId=${facts.typicalClient.id}&limit=${PAGE_SIZE}`,
  ]) {
    const [ours, theirs] = await Promise.all(
      [gateway, floor].map(async (service) => {
        const response = await fetch(`${service.url}${path}`, { headers });
        if (!response.ok)
          throw new Error(`${service.name} ${path}: ${response.status} ${await response.text()}`);
        const body = (await response.json()) as { items: { id: number }[] };
        return JSON.stringify(body.items.map((item) => item.id));
      }),
    );
    if (ours !== theirs) throw new Error(`gateway and floor disagree on ${path}: ${ours} vs ${theirs}`);
  }

  const entry = want('order-create') ? await prepareOrderEntry(benchUrl, api) : undefined;
  if (entry) {
    console.log(
      `order entry: ${entry.clientIds.length} clients, ${entry.productIds.length} active products ` +
        `(${entry.toppedUp} topped up to ${format.count(POOL_STOCK)} available), price rules: ` +
        (entry.createdRules > 0
          ? `${entry.createdRules} created (the seed made none)`
          : `${entry.existingRules} from the seed`),
    );
  }

  const typical = facts.typicalClient.id;
  const yearInstants = [year.from, year.to].map((day) => new Date(day).toISOString());
  const statements: Statement[] = [
    {
      name: 'client search',
      scenario: 'search',
      text: clientSearchSql,
      values: [containsPattern(search.word), PAGE_SIZE + 1],
    },
    {
      name: 'orders by status and quarter',
      scenario: 'orders-status',
      text: ordersByStatusSql,
      values: ['delivered', new Date(quarter.from), new Date(quarter.to), PAGE_SIZE + 1],
    },
    {
      name: `one client's orders (client ${typical}, ${facts.typicalClient.orders} orders)`,
      scenario: 'orders-client',
      text: ordersByClientSql,
      values: [typical, PAGE_SIZE + 1],
    },
    {
      name: '360°: timeline',
      scenario: 'client-360',
      text: timelineSql,
      values: [typical, TIMELINE_PAGE + 1],
    },
    { name: '360°: contacts', scenario: 'client-360', text: contactsSql, values: [typical] },
    {
      name: '360°: satisfaction figures',
      scenario: 'client-360',
      text: satisfactionFiguresSql,
      values: [typical],
    },
    { name: '360°: RFM', scenario: 'client-360', text: rfmSql, values: [typical] },
    {
      name: 'revenue 1/3: summary',
      scenario: 'revenue',
      text: revenueSummarySql,
      values: ['USD', ...yearInstants],
    },
    { name: 'revenue 2/3: receivables', scenario: 'revenue', text: receivablesSql, values: [today, 'USD'] },
    {
      name: 'revenue 3/3: by month',
      scenario: 'revenue',
      text: revenueByMonthSql,
      values: ['USD', ...yearInstants],
    },
  ];
  const plans = await explain(
    benchUrl,
    statements.filter((statement) => want(statement.scenario)),
  );

  const loads: Load[] = [
    { name: 'unloaded', connections: 1, seconds: options.unloadedSeconds, warmupSeconds: 2 },
    { name: 'loaded', connections: options.connections, seconds: options.loadedSeconds, warmupSeconds: 3 },
  ];
  const rows: Row[] = [];
  const report = (row: Row) => {
    rows.push(row);
    console.error(`  ${row.label} ${row.load.name} ours: ${describe(row.ours)}`);
    if (row.floor) console.error(`  ${row.label} ${row.load.name} floor: ${describe(row.floor)}`);
  };

  /** A list or report: one GET at a time per connection, ours and then (for lists) the floor, back to back. */
  const runRequests = async (
    scenario: ScenarioName,
    label: string,
    nextPath: () => string,
    load: Load,
    withFloor: boolean,
  ) => {
    const results: Figures[] = [];
    for (const service of withFloor ? [gateway, floor] : [gateway]) {
      const run = {
        url: service.url,
        serverPid: service.process.pid,
        headers,
        connections: load.connections,
        nextPath,
        timeoutSeconds: TIMEOUT_SECONDS,
      };
      await measure({ ...run, seconds: load.warmupSeconds });
      results.push(fromMeasurement(await measure({ ...run, seconds: load.seconds })));
    }
    const [ours, theirs] = results as [Figures, Figures | undefined];
    report({ scenario, label, unit: 'request', load, ours, floor: theirs });
  };

  /** Operations of several requests, in `workers` concurrent loops. */
  const runComposite = async (
    scenario: ScenarioName,
    label: string,
    unit: string,
    load: Load,
    operation: (context: OperationContext) => Promise<void>,
    connectionsPerWorker = 1,
  ) => {
    const run = {
      url: gateway.url,
      serverPid: gateway.process.pid,
      headers,
      workers: load.connections,
      connectionsPerWorker,
      timeoutSeconds: TIMEOUT_SECONDS,
      operation,
    };
    await runOperations({ ...run, seconds: load.warmupSeconds });
    const measured = await runOperations({ ...run, seconds: load.seconds });
    report({ scenario, label, unit, load, ours: fromOperations(measured), steps: measured.steps });
  };

  // RFM ranks every client with orders on each call; without it, the rest of the page shows on its own.
  const pageCallsOf = (withRfm: boolean) => () =>
    pageCalls(randomClientId()).filter(([step]) => withRfm || step !== 'rfm');
  const pageOneByOne = (withRfm: boolean) => {
    const calls = pageCallsOf(withRfm);
    return async (context: OperationContext) => {
      for (const [step, path] of calls()) {
        await context.step(step, () => context.send({ method: 'GET', path }));
      }
    };
  };
  // The admin app asks for the client, then renders the page, whose parts ask for the rest at once.
  const pageAsTheAppLoadsIt = (withRfm: boolean) => {
    const calls = pageCallsOf(withRfm);
    return async (context: OperationContext) => {
      const [first, ...rest] = calls() as [[string, string], ...[string, string][]];
      await context.step('client', () => context.send({ method: 'GET', path: first[1] }));
      await context.step(`the other ${rest.length} together`, () =>
        Promise.all(
          rest.map(([, path], index) => context.send({ method: 'GET', path, connection: index + 1 })),
        ),
      );
    };
  };
  const orderBody = () => {
    if (!entry) throw new Error('order entry was not prepared');
    return {
      clientId: pick(entry.clientIds),
      notes: ORDER_NOTE,
      items: pickDistinct(entry.productIds, 3).map((productId) => ({
        productId,
        quantity: 1 + Math.floor(Math.random() * 4),
        taxRate: '0.0825',
      })),
    };
  };
  const json = { 'content-type': 'application/json' };
  // What an integration or a checkout sends: created and confirmed in one request.
  const createConfirmedOrder = async (context: OperationContext) => {
    await context.step('POST /api/orders (confirm: true)', () =>
      context.send({
        method: 'POST',
        path: '/api/orders',
        headers: json,
        body: JSON.stringify({ ...orderBody(), confirm: true }),
      }),
    );
  };
  // What the admin's order entry does: a draft (re-priced as it is edited), then its confirmation.
  const createOrder = async (context: OperationContext) => {
    const body = orderBody();
    const draft = await context.step('draft: POST /api/orders', () =>
      context.send({ method: 'POST', path: '/api/orders', headers: json, body: JSON.stringify(body) }),
    );
    const { id } = JSON.parse(draft.body) as { id: number };
    await context.step('confirm: POST /api/orders/:id/confirm', () =>
      context.send({
        method: 'POST',
        path: `/api/orders/${id}/confirm`,
        headers: { ...json, 'if-match': String(draft.headers.etag) },
        body: '{}',
      }),
    );
  };

  for (const load of loads) {
    if (want('search')) await runRequests('search', labels.search, paths.search, load, true);
    if (want('orders-status'))
      await runRequests('orders-status', labels.ordersStatus, paths.ordersStatus, load, true);
    if (want('orders-client'))
      await runRequests('orders-client', labels.ordersClient, paths.ordersClient, load, true);
    if (want('client-360')) {
      if (load.name === 'unloaded') {
        await runComposite('client-360', labels.page, 'page', load, pageAsTheAppLoadsIt(true), 6);
        await runComposite('client-360', labels.pageNoRfm, 'page', load, pageAsTheAppLoadsIt(false), 6);
      }
      await runComposite('client-360', labels.pageCalls, 'page', load, pageOneByOne(true));
      await runComposite('client-360', labels.pageCallsNoRfm, 'page', load, pageOneByOne(false));
    }
    if (want('order-create')) {
      await runComposite('order-create', labels.orderCreateOne, 'order', load, createConfirmedOrder);
      await runComposite('order-create', labels.orderCreate, 'order', load, createOrder);
    }
    if (want('revenue')) await runRequests('revenue', labels.revenue, paths.revenue, load, false);
  }
  const created = await withClient(benchUrl, async (client) => {
    const { rows } = await client.query<{ count: number }>(
      'select count(*)::int as count from orders where notes = $1',
      [ORDER_NOTE],
    );
    return rows[0]?.count ?? 0;
  });

  console.log(
    `\ncore · ${format.count(facts.maxId - facts.minId + 1)} clients, ${format.count(facts.products)} products, ` +
      `${format.count(facts.orders)} orders, ${format.count(facts.items)} lines · PostgreSQL pool ` +
      `${env.DATABASE_POOL_SIZE} · Node ${process.version} · ${availableParallelism()} CPUs · ` +
      `load average ${loadBefore} → ${format.load()}`,
  );
  console.log(`${seedLine} · ${vacuumLine}\n`);
  printTable(rows);
  printSteps(rows);
  printTargets(rows);
  for (const plan of plans) {
    console.log(`\n${plan.name} (EXPLAIN ANALYZE, warm):`);
    for (const line of plan.lines) console.log(`  ${line}`);
  }
  console.log(
    `\ntotal ${((performance.now() - runStarted) / 1000).toFixed(0)} s; database ${options.database} kept ` +
      `(--reuse skips seeding next time), with the ${format.count(created)} orders the benchmark has entered`,
  );
  // A run where nothing was answered in time (autocannon drops what is in flight at the end) is no figure either.
  const invalid = rows.filter(
    (row) =>
      row.ours.failures + (row.floor?.failures ?? 0) > 0 || row.ours.count === 0 || row.floor?.count === 0,
  );
  if (invalid.length > 0) {
    for (const row of invalid)
      console.error(
        `${row.label} ${row.load.name}: ` +
          (row.ours.firstFailure ?? row.floor?.firstFailure ?? 'no answer within the run'),
      );
    throw new Error(
      'requests failed, were not 2xx or got no answer: the figures of those rows are not valid',
    );
  }
}

await runBenchmark(main, { usage, stop: stopOperations });
