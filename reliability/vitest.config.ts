import { defineConfig } from 'vitest/config';
import { SuiteOrder } from './src/suite-order.js';

// Not a project of the root config: `pnpm test` never runs these; `pnpm test:reliability` does.
// The suites run one file at a time, in a fixed order (the audit last), so the CPU-heavy ones
// never distort the flood's latency measurement.
export default defineConfig({
  test: {
    name: 'reliability',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/run-directory.ts'],
    fileParallelism: false,
    sequence: { sequencer: SuiteOrder },
    testTimeout: 300_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
