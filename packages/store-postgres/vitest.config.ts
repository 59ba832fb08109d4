import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    // The server (its store contract and suite) from source, so a change to it is tested
    // without rebuilding the server first.
    alias: [
      {
        find: /^@reportal\/server\/testing$/,
        replacement: fileURLToPath(new URL('../server/src/testing/index.ts', import.meta.url)),
      },
      {
        find: /^@reportal\/server$/,
        replacement: fileURLToPath(new URL('../server/src/index.ts', import.meta.url)),
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
