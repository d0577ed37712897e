import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findSuitePorts } from './free-port';
import type { SuiteUrls } from './suite-urls';
import { waitUntilUp } from './wait-until-up';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const artifactsDir = join(repoRoot, 'e2e/artifacts');
// Demo seeding on the embedded database takes a while on a small machine.
const startTimeoutMs = 120_000;

/** Builds the apps if needed, starts the whole suite in all-in-one mode on free ports, and stops it after. */
export default async function setup(project: TestProject) {
  runScript('scripts/ensure-chromium.mjs');
  runScript('scripts/build-apps-if-needed.mjs');

  const { apiPort, adminPort, portalPort } = await findSuitePorts();
  const dataDir = mkdtempSync(join(tmpdir(), 'smartcrm-e2e-'));
  mkdirSync(artifactsDir, { recursive: true });
  const logPath = join(artifactsDir, 'server.log');

  const urls: SuiteUrls = {
    apiUrl: `http://127.0.0.1:${apiPort}`,
    adminUrl: `http://127.0.0.1:${adminPort}`,
    portalUrl: `http://127.0.0.1:${portalPort}`,
  };

  const server = startSuite({ apiPort, adminPort, portalPort, dataDir, logPath, urls });
  let exitReason: string | null = null;
  server.once('exit', (code, signal) => {
    exitReason = `The server exited (code ${code}, signal ${signal}) before it was ready; see ${logPath}`;
  });
  try {
    await waitUntilUp({
      urls: [`${urls.apiUrl}/ready`, urls.adminUrl, urls.portalUrl],
      timeoutMs: startTimeoutMs,
      aborted: () => exitReason,
    });
  } catch (error) {
    await stopSuite(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('suite', urls);

  return async () => {
    await stopSuite(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function runScript(script: string): void {
  const result = spawnSync(process.execPath, [join(repoRoot, script)], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed with exit code ${result.status}`);
}

function startSuite(options: {
  apiPort: number;
  adminPort: number;
  portalPort: number;
  dataDir: string;
  logPath: string;
  urls: SuiteUrls;
}): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GATEWAY_PORT: String(options.apiPort),
    ADMIN_PORT: String(options.adminPort),
    PORTAL_PORT: String(options.portalPort),
    DATA_DIR: options.dataDir,
    DEMO_MODE: 'true',
    // Invitation and reset links point at the apps under test, so a spec can open them as a person would.
    PUBLIC_ADMIN_URL: options.urls.adminUrl,
    PUBLIC_PORTAL_URL: options.urls.portalUrl,
    // Every spec signs in from the one local address; the production limit (10 a minute) would trip them.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000',
  };
  // Without these the suite uses its embedded database and in-memory cache, as `npm start` does.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'start'], {
    cwd: repoRoot,
    env,
    // Its own process group, so teardown can stop it together with anything it spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(options.logPath);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function stopSuite(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const forced = setTimeout(() => signalGroup(child.pid as number, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
