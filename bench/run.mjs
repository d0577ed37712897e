#!/usr/bin/env node
// `npm run bench -- <name> [options]`: runs bench/<name>.ts with tsx, passing the options through.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
// Helpers that are not benchmarks themselves (the floor server, shared code) are not listed.
const helpers = new Set(['floor-server', 'core-floor-server']);

const available = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .filter((name) => !helpers.has(name) && !name.includes('.'))
  .sort();

const [name, ...args] = process.argv.slice(2);

if (!name || !available.includes(name)) {
  if (name) console.error(`Unknown benchmark "${name}".`);
  console.error('Usage: npm run bench -- <name> [options]');
  console.error(`Available benchmarks: ${available.length > 0 ? available.join(', ') : '(none)'}`);
  process.exit(name ? 1 : 2);
}

// Its own process group: npx does not pass signals on to the benchmark, so they go to the whole group.
const child = spawn('npx', ['tsx', join(benchDir, `${name}.ts`), ...args], {
  cwd: join(benchDir, '..'),
  stdio: 'inherit',
  detached: true,
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group has already gone.
    }
  });
}

child.on('error', (error) => {
  console.error(`Could not start the benchmark: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
});
