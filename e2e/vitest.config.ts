import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // Every spec drives the one suite the global setup started, in a real browser: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // The UI fetches and renders after each step; on a loaded 2-core machine that can take seconds, so
    // polls wait up to 15 s (vitest's default is 1 s) for the page to reach the asserted state.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 180_000,
  },
});
