#!/usr/bin/env node
// Makes sure a Chromium the end-to-end tests can drive is installed (Debian's package, not a Playwright download).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);

function findChromium() {
  return candidates.find((path) => existsSync(path));
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasAptGet()) {
  console.log('ensure-chromium: Chromium not found, installing the Debian package.');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && findChromium()) {
    process.exit(0);
  }
  console.error('ensure-chromium: installing Chromium with apt-get failed.');
  process.exit(1);
}

console.error(
  [
    'ensure-chromium: Chromium is required for the end-to-end tests and was not found.',
    `Looked at: ${candidates.join(', ')}.`,
    'Install it with `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu),',
    'or set CHROMIUM_PATH to the path of an installed Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
