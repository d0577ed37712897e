#!/usr/bin/env node
// Builds apps/admin and apps/portal with Vite, but only when their sources are newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apps = ['apps/admin', 'apps/portal'];
const sharedSources = ['packages/api-client/src', 'packages/ui'];

/** Latest modification time of a file, or of any file under a directory; 0 when it does not exist. */
function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function reasonToBuild(app) {
  const builtPage = join(repoRoot, app, 'dist/index.html');
  if (!existsSync(builtPage)) return 'no build yet';
  const inputs = [
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) => join(app, name)),
    ...sharedSources,
  ];
  const builtAt = statSync(builtPage).mtimeMs;
  const changed = inputs.filter((input) => newestChange(join(repoRoot, input)) > builtAt);
  return changed.length > 0 ? `changed since the last build: ${changed.join(', ')}` : null;
}

let failed = false;
for (const app of apps) {
  const reason = reasonToBuild(app);
  if (!reason) {
    console.log(`build-apps: ${app} is up to date`);
    continue;
  }
  console.log(`build-apps: building ${app} (${reason})`);
  const result = spawnSync('npm', ['run', 'build', '-w', app], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build-apps: building ${app} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
