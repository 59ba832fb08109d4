import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-portal',
    include: ['test/**/*.test.ts'],
    // A real browser and a real server per test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
