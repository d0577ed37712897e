import { defineConfig } from 'vitest/config';

// Unit tests for the package's pure functions (`*.spec.ts` beside the code); no browser needed.
export default defineConfig({
  test: {
    name: 'ui',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
  },
});
