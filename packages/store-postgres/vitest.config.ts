import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    // The store contract and its suites from source, so a change to them is tested without
    // rebuilding @reportal/store first.
    alias: [
      {
        find: /^@reportal\/store\/testing$/,
        replacement: fileURLToPath(new URL('../store/src/testing/index.ts', import.meta.url)),
      },
      {
        find: /^@reportal\/store$/,
        replacement: fileURLToPath(new URL('../store/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'store-postgres',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
