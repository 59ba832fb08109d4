import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'examples/*',
      // Tests of the repository's own tooling (the import rules of .dependency-cruiser.cjs).
      { test: { name: 'repository', include: ['scripts/**/*.test.ts'] } },
    ],
  },
});
