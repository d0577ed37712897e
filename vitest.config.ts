import { defineConfig } from 'vitest/config';

// One runner for the whole repository: `npm test` runs every project below.
export default defineConfig({
  test: {
    projects: [
      'server/vitest.config.ts',
      'apps/admin/vitest.config.ts',
      'apps/portal/vitest.config.ts',
      'packages/ui/vitest.config.ts',
      'e2e/vitest.config.ts',
    ],
  },
});
