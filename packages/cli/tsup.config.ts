import { defineConfig } from 'tsup';

// A bin-only package: one ESM entry, the `reportal` command (Node only).
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
});
