import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-partner-widget',
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
