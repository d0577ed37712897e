import { defineConfig } from 'vitest/config';

// Unit tests for the app's pure functions (`*.spec.ts` beside the code); no browser needed.
export default defineConfig({
  test: {
    name: 'admin',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
  },
});
