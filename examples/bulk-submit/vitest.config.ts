import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-bulk-submit',
    include: ['src/**/*.test.ts'],
  },
});
