import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// @reportal/core/locales/<tag>: one entry per catalog file; @reportal/core/locales: toolkit and all catalogs.
const localeEntries = Object.fromEntries(
  readdirSync(new URL('./locales', import.meta.url))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .map((tag) => [`locales/${tag}`, `src/locales/catalogs/${tag}.generated.ts`]),
);

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'locales/index': 'src/locales/index.ts',
    ...localeEntries,
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
