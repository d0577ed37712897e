/**
 * The set-up every benchmark through the gateway shares: the environment of split mode on a benchmark
 * database, seeding through the `smartcrm seed` command, the users service and the gateway as child
 * processes, and an administrator's access token.
 */
import { generateKeyPairSync } from 'node:crypto';
import { type ChildService, runTypeScript, startTypeScript } from './processes';

export type Credentials = { email: string; password: string };

/** Split mode on `benchUrl`: production settings, fresh signing keys, and limits no load test reaches. */
export function benchEnvironment(options: {
  benchUrl: string;
  gatewayPort: number;
  usersPort: number;
  floorPort?: number;
}): NodeJS.ProcessEnv {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.benchUrl,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
    DEMO_MODE: 'false',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(options.gatewayPort),
    USERS_PORT: String(options.usersPort),
    USERS_SERVICE_URL: `http://127.0.0.1:${options.usersPort}`,
    ...(options.floorPort === undefined ? {} : { FLOOR_PORT: String(options.floorPort) }),
    JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    // The limiter stays on (its cost is measured) but must not cap a load test from one address and user.
    RATE_LIMIT_PER_IP_PER_MINUTE: '100000000',
    RATE_LIMIT_PER_USER_PER_MINUTE: '100000000',
  };
}

/** Runs `smartcrm seed` with `args`; the wall time includes start-up and migrations, the reported one not. */
export async function seedWithCli(env: NodeJS.ProcessEnv, args: string[]) {
  const started = performance.now();
  const { code, stdout } = await runTypeScript({ entry: 'server/src/cli.ts', args: ['seed', ...args], env });
  if (code !== 0) throw new Error(`seed failed (exit ${code}):\n${stdout}`);
  const reported = /in ([\d.]+) s\s*$/.exec(stdout)?.[1];
  const summary = /seeded (\{.*\}) in/.exec(stdout)?.[1];
  return {
    wallSeconds: (performance.now() - started) / 1000,
    reportedSeconds: reported ? Number(reported) : undefined,
    /** Rows per table, as the seed reports them. */
    rows: summary ? (JSON.parse(summary) as Record<string, number>) : undefined,
  };
}

/** The users service and the gateway of split mode (not yet ready: wait for them). */
export function startSplitGateway(env: NodeJS.ProcessEnv): { users: ChildService; gateway: ChildService } {
  return {
    users: startTypeScript({
      name: 'users',
      entry: 'server/src/cli.ts',
      args: ['serve', 'users'],
      env,
      url: env.USERS_SERVICE_URL as string,
    }),
    gateway: startTypeScript({
      name: 'gateway',
      entry: 'server/src/cli.ts',
      args: ['serve', 'gateway'],
      env,
      url: `http://127.0.0.1:${env.GATEWAY_PORT}`,
    }),
  };
}

/** Signs in through the gateway, first creating the administrator with `create-admin` if it does not exist. */
export async function signInAsAdmin(
  gatewayUrl: string,
  env: NodeJS.ProcessEnv,
  credentials: Credentials,
): Promise<string> {
  const attempt = () =>
    fetch(`${gatewayUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
  let response = await attempt();
  if (response.status === 401) {
    const created = await runTypeScript({
      entry: 'server/src/cli.ts',
      args: ['create-admin', '--email', credentials.email, '--name', 'Benchmark'],
      env: { ...env, ADMIN_PASSWORD: credentials.password },
    });
    if (created.code !== 0) throw new Error(`create-admin failed (exit ${created.code}):\n${created.stdout}`);
    response = await attempt();
  }
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return accessToken;
}
