import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

export type ChildService = {
  name: string;
  url: string;
  process: ChildProcess;
  /** The last lines the process wrote, to explain a failed start. */
  recentOutput: string[];
};

const running = new Set<ChildProcess>();

/**
 * With BENCH_CPU_PROFILE_DIR set, each service writes a V8 CPU profile there when it stops (open it in
 * Chrome DevTools' Performance panel); Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the command.
 */
function profileFlags(): string[] {
  const directory = process.env.BENCH_CPU_PROFILE_DIR;
  return directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : [];
}

/**
 * Runs a TypeScript entry point with tsx as a direct child (one process, so stopping it by its id stops
 * it all). Its output is prefixed with its name on stderr, keeping stdout for the figures.
 */
export function startTypeScript(options: {
  name: string;
  entry: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  url: string;
}): ChildService {
  const child = spawn(
    process.execPath,
    [...profileFlags(), '--import', 'tsx', options.entry, ...(options.args ?? [])],
    { cwd: repoRoot, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  const recentOutput: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      recentOutput.push(line);
      if (recentOutput.length > 20) recentOutput.shift();
      process.stderr.write(`[${options.name}] ${line}\n`);
    });
  }
  return { name: options.name, url: options.url, process: child, recentOutput };
}

/** Runs a CLI command to completion and returns its standard output; throws with its output on failure. */
export async function runTypeScript(options: { entry: string; args: string[]; env: NodeJS.ProcessEnv }) {
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry, ...options.args], {
    cwd: repoRoot,
    env: options.env,
    // stderr stays on the terminal: the seed's progress bar draws there.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  running.delete(child);
  return { code, stdout };
}

/** Polls `<url>/ready` until it answers 200; fails early when the process exits. */
export async function waitUntilReady(service: ChildService, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null || service.process.signalCode !== null) {
      throw new Error(`${service.name} exited during start-up:\n${service.recentOutput.join('\n')}`);
    }
    const ready = await fetch(`${service.url}/ready`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${service.name} was not ready after ${timeoutMs / 1000} s:\n${service.recentOutput.join('\n')}`,
  );
}

/** A port nothing listens on right now, on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port assigned');
  return address.port;
}

/** Stops every child this process started: SIGTERM, then SIGKILL for any still there after a grace period. */
export async function stopAll(graceMs = 5_000): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}

/** Last resort on process exit, where nothing asynchronous runs: signal the children and leave. */
export function killAllNow(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

// USER_HZ, the unit of /proc/<pid>/stat times, is 100 on every mainstream Linux build.
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, from /proc; undefined where there is
 * no /proc. Unlike throughput, CPU per request barely moves with what else the machine is doing.
 */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * A process's CPU time split between its main thread (the event loop: its thread id is the process id)
 * and every other thread, living or gone (libuv's pool, V8's helpers); undefined where there is no /proc.
 */
export function threadCpuSeconds(
  pid: number | undefined,
): { mainThread: number; otherThreads: number } | undefined {
  const total = processCpuSeconds(pid);
  if (pid === undefined || total === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const mainThread = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
    return { mainThread, otherThreads: total - mainThread };
  } catch {
    return undefined;
  }
}
