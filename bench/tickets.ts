/**
 * tickets: the ticket service at scale (2,000,000 tickets, 200 employees, 1,000,000 clients) on PostgreSQL,
 * through the gateway and the tickets service in split mode: an agent's inbox (`view=mine`) and the
 * breaching-soon view as signed-in agents, ticket creation with priority rules, routing and SLA, unloaded
 * (1 connection) and loaded (32); then one SLA sweep over 100,000 due tickets, timed in process.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- tickets [options]
 */
import { availableParallelism } from 'node:os';
import { hashPassword } from '../server/src/modules/identity/password.util';
import { runSlaSweep } from '../server/src/modules/tickets/sla-sweep.service';
import { openDatabase } from '../server/src/platform/db/database';
import { applyMigrations } from '../server/src/platform/db/migrate';
import { ticketTopics } from '../server/src/seed/demo-catalog';
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
import { benchEnvironment, seedWithCli, signInAsAdmin, startSplitGateway } from './support/gateway-bench';
import { type Measurement, measure } from './support/load';
import { freePort, startTypeScript, stopAll, waitUntilReady } from './support/processes';
import { type Check, format, printChecks, renderTable } from './support/report';
import { runBenchmark } from './support/run-benchmark';

const scenarioNames = ['mine', 'breaching', 'create', 'sweep'] as const;
type ScenarioName = (typeof scenarioNames)[number];

const usage = `Usage: DATABASE_URL=postgres://user@host:5432/postgres npm run bench -- tickets [options]

  --tickets <n>           tickets to seed (default 2000000)
  --clients <n>           clients to seed (default 1000000)
  --employees <n>         employees to seed, about a quarter of them in support (default 200)
  --products <n>          products to seed (default 1000)
  --orders <n>            orders to seed, which tickets may be about (default 10000)
  --agents <n>            support agents to sign in as (default 20)
  --sweep-tickets <n>     due tickets the SLA sweep works through (default 100000)
  --reuse                 keep the benchmark database when it was seeded at this scale
  --database <name>       database to (re)create on that server (default smartcrm_bench_tickets)
  --only <names>          comma-separated scenarios (default all): ${scenarioNames.join(', ')}
  --unloaded-seconds <s>  length of each unloaded run (default 10)
  --loaded-seconds <s>    length of each loaded run (default 20)
  --connections <n>       connections of the loaded runs (default 32)`;

type Load = { name: 'unloaded' | 'loaded'; connections: number; seconds: number; warmupSeconds: number };
type Row = { scenario: ScenarioName; label: string; load: Load; figures: Measurement };

const ADMIN = { email: 'bench.tickets.admin@smartcrm.example', password: 'bench-tickets-admin-password' };
const AGENT_PASSWORD = 'bench-tickets-agent-password';
const agentEmail = (employeeId: number) => `bench.agent.${employeeId}@smartcrm.example`;
// Tickets the benchmark makes carry these tags, so a later run can take them away again.
const CREATED_TAG = 'tickets-benchmark';
const SWEEP_TAG = 'sla-sweep-benchmark';
const PAGE_SIZE = 25;
const TIMEOUT_SECONDS = 120;
const channels = ['email', 'portal', 'chat', 'phone', 'api'] as const;

function parseOptions() {
  const { values } = parseArgsOrExplain({
    options: {
      tickets: { type: 'string', default: '2000000' },
      clients: { type: 'string', default: '1000000' },
      employees: { type: 'string', default: '200' },
      products: { type: 'string', default: '1000' },
      orders: { type: 'string', default: '10000' },
      agents: { type: 'string', default: '20' },
      'sweep-tickets': { type: 'string', default: '100000' },
      reuse: { type: 'boolean', default: false },
      database: { type: 'string', default: 'smartcrm_bench_tickets' },
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
      tickets: wholeOption('tickets', values.tickets, 100),
      clients: wholeOption('clients', values.clients, 100),
      employees: wholeOption('employees', values.employees, 10),
      products: wholeOption('products', values.products, 10),
      orders: wholeOption('orders', values.orders, 1),
    },
    agents: wholeOption('agents', values.agents, 1),
    sweepTickets: wholeOption('sweep-tickets', values['sweep-tickets'], 1),
    reuse: values.reuse,
    database: values.database,
    scenarios: chosenScenarios(values.only, scenarioNames),
    unloadedSeconds: wholeOption('unloaded-seconds', values['unloaded-seconds'], 1),
    loadedSeconds: wholeOption('loaded-seconds', values['loaded-seconds'], 1),
    connections: wholeOption('connections', values.connections, 1),
  };
}

// Agents' load, recounted from their tickets as the routing engine counts it.
const recountLoadSql = `update agent_states a set active_tickets = load.tickets, weighted_load = load.weight
  from (select s.employee_id, count(t.id)::int as tickets,
          coalesce(sum(case t.priority when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end), 0)::int
            as weight
        from agent_states s
        left join tickets t on t.assigned_to = s.employee_id and t.status in ('new', 'open', 'on_hold')
        group by s.employee_id) as load
  where load.employee_id = a.employee_id
    and (a.active_tickets <> load.tickets or a.weighted_load <> load.weight)`;

/**
 * Takes away what earlier runs added (tickets they created, sweep tickets a failed run left) and puts back
 * agents' capacities, so every run starts from the seeded state.
 */
async function resetToSeeded(benchUrl: string) {
  return withClient(benchUrl, async (client) => {
    const removed = await client.query('delete from tickets where tags && $1::text[]', [
      [CREATED_TAG, SWEEP_TAG],
    ]);
    await restoreCapacities(client);
    await updateAgentStates(client, recountLoadSql);
    // Events of the seed and of earlier runs count as delivered: otherwise the relay works through a backlog
    // of a million events during the measurement, which no installation in use carries.
    await client.query('update domain_events set relayed_at = now() where relayed_at is null');
    return removed.rowCount ?? 0;
  });
}

type Client = Parameters<Parameters<typeof withClient>[1]>[0];

async function sweepDueNow(benchUrl: string) {
  const database = await openDatabase({ url: benchUrl, poolSize: 2 });
  try {
    return await runSlaSweep(database.db, { now: new Date() });
  } finally {
    await database.close();
  }
}

// The creation runs lift agents' capacities (so every new ticket is routed to someone, the heavier path);
// the seeded ones are kept here until they are put back, even across a run that was stopped half-way.
async function liftCapacities(client: Client) {
  await client.query(
    'create table if not exists bench_saved_capacities (employee_id integer primary key, capacity integer)',
  );
  await client.query(
    `insert into bench_saved_capacities (employee_id, capacity) select employee_id, capacity from agent_states
     on conflict (employee_id) do nothing`,
  );
  await updateAgentStates(client, 'update agent_states set capacity = null');
}

/**
 * Runs an update of agents' states while the services may be routing: the rows are locked first in the order
 * routing locks them (by employee id), so the update waits its turn instead of deadlocking with a router.
 */
async function updateAgentStates(client: Client, statement: string) {
  await client.query('begin');
  try {
    await client.query('select 1 from agent_states order by employee_id for update');
    await client.query(statement);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

async function restoreCapacities(client: Client) {
  const { rows } = await client.query<{ present: boolean }>(
    "select to_regclass('bench_saved_capacities') is not null as present",
  );
  if (!rows[0]?.present) return;
  await updateAgentStates(
    client,
    `update agent_states a set capacity = saved.capacity from bench_saved_capacities saved
     where saved.employee_id = a.employee_id`,
  );
  await client.query('drop table bench_saved_capacities');
}

type Agent = { employeeId: number; name: string; email: string; activeTickets: number };

/**
 * Sign-in accounts for online support agents (as an administrator would invite them), linked to their
 * employee records so `view=mine` finds their tickets. Hashed by the server's own hashPassword.
 */
async function prepareAgents(benchUrl: string, count: number): Promise<Agent[]> {
  const passwordHash = await hashPassword(AGENT_PASSWORD);
  return withClient(benchUrl, async (client) => {
    const { rows } = await client.query<{ employee_id: number; name: string; active_tickets: number }>(
      `select a.employee_id, e.name, a.active_tickets from agent_states a join employees e on e.id = a.employee_id
       where a.availability = 'online'
         and (e.user_id is null or e.user_id in (select id from users where email like 'bench.agent.%'))
       order by a.employee_id limit $1`,
      [count],
    );
    for (const row of rows) {
      const email = agentEmail(row.employee_id);
      const user = await client.query<{ id: number }>(
        `insert into users (username, email, name, password_hash, role, email_verified_at)
         values ($1, $2, $3, $4, 'agent', now())
         on conflict (email) do update set password_hash = excluded.password_hash, is_active = true
         returning id`,
        [`bench_agent_${row.employee_id}`, email, row.name, passwordHash],
      );
      await client.query('update employees set user_id = $1 where id = $2', [
        user.rows[0]?.id,
        row.employee_id,
      ]);
    }
    return rows.map((row) => ({
      employeeId: row.employee_id,
      name: row.name,
      email: agentEmail(row.employee_id),
      activeTickets: row.active_tickets,
    }));
  });
}

async function signIn(gatewayUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T;

/**
 * Makes `count` active tickets due: new ones past their first-response warning, some past its deadline, and
 * open ones past their resolution warning; half assigned to online agents (whose load is recounted), half
 * waiting in their queues. Instants round the clock from `now`; the sweep does no calendar maths anyway.
 */
async function prepareDueTickets(client: Client, count: number, now: Date) {
  await client.query(
    `with agents as (
        select employee_id, (row_number() over (order by employee_id) - 1)::int as n,
          count(*) over ()::int as total
        from agent_states where availability = 'online'),
      categories as (
        select id, queue_id, (row_number() over (order by id) - 1)::int as n, count(*) over ()::int as total
        from ticket_categories),
      bounds as (select min(id) as low, max(id) as high from clients),
      due as (
        select g.i, (array['low', 'medium', 'high', 'urgent'])[1 + g.i % 4] as priority,
          case when g.i % 10 < 4 then 'warn' when g.i % 10 < 7 then 'breach' else 'resolution' end as kind
        from generate_series(1, $1::int) as g(i)),
      timed as (
        select due.*, p.id as policy_id, p.first_response_minutes * 60000::bigint as fr_ms,
          p.resolution_minutes * 60000::bigint as res_ms,
          $2::timestamptz - make_interval(secs => (case due.kind
            when 'warn' then 0.8 * p.first_response_minutes
            when 'breach' then 1.3 * p.first_response_minutes
            else 0.8 * p.resolution_minutes end) * 60) as created
        from due join sla_policies p on p.priority = due.priority and p.client_tier is null),
      inserted as (
    insert into tickets (client_id, assigned_to, assigned_at, title, description, priority, status, channel,
      category_id, queue_id, tags, priority_source, priority_reason, first_responded_at, sla_policy_id, sla_clocks,
      first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at,
      first_response_business_ms, created_at, updated_at)
    select bounds.low + (t.i * 7919) % (bounds.high - bounds.low + 1),
      agents.employee_id, case when agents.employee_id is not null then t.created end,
      'SLA sweep benchmark ticket', 'Made due for the SLA sweep benchmark.', t.priority,
      case when t.kind = 'resolution' then 'open' else 'new' end, 'email', categories.id, categories.queue_id,
      array['${SWEEP_TAG}'], 'rules', 'benchmark',
      case when t.kind = 'resolution' then t.created + make_interval(secs => t.fr_ms * 0.3 / 1000) end,
      t.policy_id,
      jsonb_build_object(
        'firstResponse', jsonb_build_object('targetMs', t.fr_ms,
          'elapsedMs', case when t.kind = 'resolution' then (t.fr_ms * 0.3)::bigint else 0 end,
          'runningSince', case when t.kind = 'resolution' then null else t.created end,
          'completedAt', case when t.kind = 'resolution' then t.created + make_interval(secs => t.fr_ms * 0.3 / 1000) end),
        'resolution', jsonb_build_object('targetMs', t.res_ms, 'elapsedMs', 0, 'runningSince', t.created,
          'completedAt', null)),
      case when t.kind <> 'resolution' then t.created + make_interval(secs => t.fr_ms * 0.75 / 1000) end,
      case when t.kind <> 'resolution' then t.created + make_interval(secs => t.fr_ms / 1000) end,
      t.created + make_interval(secs => t.res_ms * 0.75 / 1000),
      t.created + make_interval(secs => t.res_ms / 1000),
      case when t.kind = 'resolution' then (t.fr_ms * 0.3)::bigint end,
      t.created, t.created
    from timed t cross join bounds
    join categories on categories.n = t.i % categories.total
    left join agents on t.i % 2 = 0 and agents.n = (t.i / 2) % agents.total
    returning id, least(first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at) as next)
    insert into ticket_sla_checks (ticket_id, next_check_at) select id, next from inserted`,
    [count, now],
  );
  await updateAgentStates(client, recountLoadSql);
}

function describeFigures(figures: Measurement) {
  return (
    `${format.rate(figures.requestsPerSecond)}/s, p50 ${format.ms(figures.p50Ms)} ms, ` +
    `p99 ${format.ms(figures.p99Ms)} ms, ${figures.failures} failed`
  );
}

async function main() {
  const options = parseOptions();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new UsageError('DATABASE_URL must point at a PostgreSQL server');
  const benchUrl = benchDatabaseUrl(serverUrl, options.database);
  const runStarted = performance.now();
  const loadBefore = format.load();
  const { scale } = options;
  const want = (scenario: ScenarioName) => options.scenarios.has(scenario);

  const label = scaleLabel('tickets', scale);
  const reused = await prepareLabelledDatabase({ serverUrl, benchUrl, ...options, label });
  const [gatewayPort, usersPort, ticketsPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...benchEnvironment({ benchUrl, gatewayPort, usersPort }),
    TICKETS_PORT: String(ticketsPort),
    TICKETS_SERVICE_URL: `http://127.0.0.1:${ticketsPort}`,
    // Every agent signs in at the start, from one address.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000',
  };

  let seedLine = 'seed: none (database reused)';
  if (reused) {
    console.log(`database ${options.database}: reused, seeded as ${label}`);
    // The current schema first: the clean-up below relies on its indexes (one on a foreign key to tickets).
    const handle = await openDatabase({ url: benchUrl, poolSize: 1 });
    await applyMigrations(handle).finally(() => handle.close());
  } else {
    console.log(
      `database ${options.database}: seeding ${format.count(scale.tickets)} tickets, ` +
        `${format.count(scale.clients)} clients, ${format.count(scale.employees)} employees…`,
    );
    const seeded = await seedWithCli(env, [
      ...['--tickets', String(scale.tickets), '--clients', String(scale.clients)],
      ...['--employees', String(scale.employees), '--products', String(scale.products)],
      ...['--orders', String(scale.orders)],
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
  const removed = await resetToSeeded(benchUrl);
  if (removed > 0) console.log(`removed ${format.count(removed)} tickets earlier runs had added`);
  // The seeded tickets' deadlines keep coming due as the clock moves on from the seed: acting on them now
  // leaves the services' scheduled sweeps only what comes due during the runs, as in an installation in use.
  const caughtUp = await sweepDueNow(benchUrl);
  if (caughtUp.warned + caughtUp.breached > 0)
    console.log(
      `SLA catch-up: ${format.count(caughtUp.warned + caughtUp.breached)} warnings and breaches due since the ` +
        `seed, ${format.seconds(caughtUp.tookMs / 1000)} s`,
    );
  const vacuumStarted = performance.now();
  await withClient(benchUrl, (client) => client.query('vacuum (analyze)'));
  const vacuumLine = `vacuum analyze: ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`;
  console.log(vacuumLine);

  const agents = await prepareAgents(benchUrl, options.agents);
  if (agents.length === 0) throw new Error('no online support agent to sign in as: seed more employees');
  const facts = await withClient(benchUrl, async (client) => {
    type Counts = {
      tickets: number;
      working: number;
      pending: number;
      with_deadline: number;
      clients: number;
      employees: number;
      agents: number;
      online: number;
    };
    const { rows } = await client.query<Counts>(
      `select (select count(*)::int from tickets) as tickets,
        (select count(*)::int from tickets where status in ('new', 'open', 'on_hold')) as working,
        (select count(*)::int from tickets where status = 'pending') as pending,
        (select count(*)::int from tickets where status in ('new', 'open', 'on_hold')
          and least(first_response_due_at, resolution_due_at) is not null) as with_deadline,
        (select count(*)::int from clients) as clients,
        (select count(*)::int from employees) as employees,
        (select count(*)::int from agent_states) as agents,
        (select count(*)::int from agent_states where availability = 'online') as online`,
    );
    const clients = await client.query<{ id: number }>(
      'select id from clients where archived_at is null order by random() limit 1000',
    );
    const categories = await client.query<{ id: number }>('select id from ticket_categories order by id');
    return {
      ...(rows[0] as Counts),
      clientIds: clients.rows.map((row) => row.id),
      categoryIds: categories.rows.map((row) => row.id),
    };
  });
  console.log(
    `data: ${format.count(facts.tickets)} tickets (${format.count(facts.working)} being worked, ` +
      `${format.count(facts.pending)} pending, ${format.count(facts.with_deadline)} with an SLA deadline), ` +
      `${format.count(facts.clients)} clients, ${format.count(facts.employees)} employees, ` +
      `${format.count(facts.agents)} support agents (${format.count(facts.online)} online)`,
  );
  console.log(
    `signed-in agents: ${agents.length}, with ${agents.map((agent) => agent.activeTickets).join(', ')} active tickets`,
  );

  const { users, gateway } = startSplitGateway(env);
  const ticketService = startTypeScript({
    name: 'tickets',
    entry: 'server/src/cli.ts',
    args: ['serve', 'tickets'],
    env,
    url: `http://127.0.0.1:${ticketsPort}`,
  });
  await Promise.all([users, gateway, ticketService].map((service) => waitUntilReady(service)));
  // The administrator makes sure sign-in works end to end before the agents do; it measures nothing.
  await signInAsAdmin(gateway.url, env, ADMIN);
  const tokens = await Promise.all(agents.map((agent) => signIn(gateway.url, agent.email, AGENT_PASSWORD)));
  const authorization = () => `Bearer ${pick(tokens)}`;

  // Every view answers for every agent before anything is timed.
  for (const [index, token] of tokens.entries()) {
    for (const view of ['mine', 'breaching']) {
      const response = await fetch(`${gateway.url}/api/tickets?view=${view}&limit=${PAGE_SIZE}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw new Error(`view=${view}: ${response.status} ${await response.text()}`);
      const body = (await response.json()) as { items: unknown[] };
      if (index === 0)
        console.log(`first agent's ${view} view: ${body.items.length} tickets on the first page`);
    }
  }

  const loads: Load[] = [
    { name: 'unloaded', connections: 1, seconds: options.unloadedSeconds, warmupSeconds: 2 },
    { name: 'loaded', connections: options.connections, seconds: options.loadedSeconds, warmupSeconds: 3 },
  ];
  const rows: Row[] = [];
  const run = async (
    scenario: ScenarioName,
    label: string,
    load: Load,
    nextRequest: () => { method: string; path: string; headers: Record<string, string>; body?: string },
  ) => {
    const settings = {
      url: gateway.url,
      serverPid: ticketService.process.pid,
      headers: {},
      connections: load.connections,
      nextRequest,
      timeoutSeconds: TIMEOUT_SECONDS,
    };
    await measure({ ...settings, seconds: load.warmupSeconds });
    const figures = await measure({ ...settings, seconds: load.seconds });
    rows.push({ scenario, label, load, figures });
    console.error(`  ${label} ${load.name}: ${describeFigures(figures)}`);
  };
  const inbox = (view: string) => () => ({
    method: 'GET',
    path: `/api/tickets?view=${view}&limit=${PAGE_SIZE}`,
    headers: { authorization: authorization() },
  });
  const creation = () => {
    const topic = pick(ticketTopics);
    return {
      method: 'POST',
      path: '/api/tickets',
      headers: { authorization: authorization(), 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: pick(facts.clientIds),
        title: topic.subject,
        description: pick(topic.descriptions),
        channel: pick(channels),
        categoryId: pick(facts.categoryIds),
        tags: [CREATED_TAG],
      }),
    };
  };

  for (const load of loads) {
    if (want('mine')) await run('mine', labels.mine, load, inbox('mine'));
    if (want('breaching')) await run('breaching', labels.breaching, load, inbox('breaching'));
  }
  let creationLine = '';
  if (want('create')) {
    await withClient(benchUrl, liftCapacities);
    try {
      for (const load of loads) await run('create', labels.create, load, creation);
    } finally {
      await withClient(benchUrl, restoreCapacities);
    }
    creationLine = await withClient(benchUrl, async (client) => {
      const { rows: created } = await client.query<{ created: number; assigned: number; with_sla: number }>(
        `select count(*)::int as created, count(assigned_to)::int as assigned,
           count(sla_policy_id)::int as with_sla
         from tickets where tags @> array[$1]::text[]`,
        [CREATED_TAG],
      );
      const figures = created[0] ?? { created: 0, assigned: 0, with_sla: 0 };
      return (
        `tickets created: ${format.count(figures.created)}, ${format.count(figures.assigned)} of them routed ` +
        `to an agent, ${format.count(figures.with_sla)} with an SLA policy (agents' capacities lifted for the ` +
        'runs, so each one is routed; restored afterwards)'
      );
    });
    console.log(creationLine);
  }
  // The sweep is timed on its own: the services (and their scheduled sweep) stop first.
  await stopAll();

  let sweep: { seconds: number; line: string } | undefined;
  if (want('sweep')) {
    const database = await openDatabase({ url: benchUrl, poolSize: 2 });
    try {
      const now = new Date();
      // Whatever came due since the seed's as-of day is swept first, so the timed sweep finds only its own.
      const catchUp = await runSlaSweep(database.db, { now });
      await withClient(benchUrl, (client) => prepareDueTickets(client, options.sweepTickets, now));
      await withClient(benchUrl, (client) => client.query('analyze tickets, ticket_sla_checks'));
      const result = await runSlaSweep(database.db, { now });
      const left = await withClient(benchUrl, async (client) => {
        const { rows: due } = await client.query<{ count: number }>(
          'select count(*)::int as count from ticket_sla_checks where next_check_at <= $1',
          [now],
        );
        return due[0]?.count ?? -1;
      });
      sweep = {
        seconds: result.tookMs / 1000,
        line:
          `SLA sweep over ${format.count(options.sweepTickets)} due tickets: ${format.seconds(result.tookMs / 1000)} s; ` +
          `${format.count(result.warned)} warnings, ${format.count(result.breached)} breaches, ` +
          `${format.count(result.escalations)} escalations; ${format.count(left)} still due afterwards ` +
          `(a catch-up sweep first: ${format.count(catchUp.warned + catchUp.breached)} due since the seed, ` +
          `${format.seconds(catchUp.tookMs / 1000)} s)`,
      };
      console.error(`  ${sweep.line}`);
    } finally {
      await database.close();
      await withClient(benchUrl, async (client) => {
        await client.query('delete from tickets where tags @> array[$1]::text[]', [SWEEP_TAG]);
        await updateAgentStates(client, recountLoadSql);
      });
    }
  }

  console.log(
    `\ntickets · ${format.count(facts.tickets)} tickets, ${format.count(facts.clients)} clients, ` +
      `${format.count(facts.employees)} employees (${format.count(facts.agents)} agents, ${agents.length} signed in) · ` +
      `PostgreSQL pool ${env.DATABASE_POOL_SIZE} · Node ${process.version} · ${availableParallelism()} CPUs · ` +
      `load average ${loadBefore} → ${format.load()}`,
  );
  console.log(`${seedLine} · ${vacuumLine}\n`);
  console.log(
    renderTable(
      ['scenario', 'load', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req (tickets)', 'failed'],
      rows.map((row) => [
        row.label,
        `${row.load.name} ${row.load.connections}×${row.load.seconds}s`,
        format.count(row.figures.requests),
        format.rate(row.figures.requestsPerSecond),
        format.ms(row.figures.p50Ms),
        format.ms(row.figures.p99Ms),
        format.count(row.figures.cpuMicrosPerRequest),
        String(row.figures.failures),
      ]),
    ),
  );
  if (creationLine) console.log(`\n${creationLine}`);
  if (sweep) console.log(`\n${sweep.line}`);

  const find = (label: string) => rows.find((row) => row.label === label && row.load.name === 'unloaded');
  const latency = (label: string, limit: number): Check => ({
    label: `${label} unloaded p99 < ${limit} ms`,
    value: find(label)?.figures.p99Ms,
    limit,
    atMost: true,
    unit: ' ms',
  });
  console.log('\ntargets');
  printChecks([latency(labels.mine, 10), latency(labels.breaching, 10), latency(labels.create, 20)]);
  if (sweep) {
    const met = sweep.seconds < 5;
    console.log(
      `  ${met ? 'met   ' : 'MISSED'}  SLA sweep over ${format.count(options.sweepTickets)} tickets < 5 s  ` +
        `${format.seconds(sweep.seconds)} s`,
    );
  }
  console.log(
    `\ntotal ${((performance.now() - runStarted) / 1000).toFixed(0)} s; database ${options.database} kept ` +
      '(--reuse skips seeding next time; the next run removes the tickets this one created)',
  );
  const invalid = rows.filter((row) => row.figures.failures > 0 || row.figures.requests === 0);
  if (invalid.length > 0) {
    throw new Error(
      `requests failed, were not 2xx or got no answer: ${invalid
        .map((row) => `${row.label} ${row.load.name}`)
        .join(', ')}; the figures of those rows are not valid`,
    );
  }
}

const labels = {
  mine: 'agent inbox: mine',
  breaching: 'agent inbox: breaching soon',
  create: 'ticket creation (priority, routing, SLA)',
};

await runBenchmark(main, { usage });
