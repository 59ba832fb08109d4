import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// @reportal/core/locales/<tag>: one entry per catalog file; @reportal/core/locales: toolkit and all catalogs.
const localeEntries = Object.fromEntries(
  readdirSync(new URL('./locales', import.meta.url))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .map((tag) => [`locales/${tag}`, `src/locales/catalogs/${tag}.generated.ts`]),
);

const publicEntries = {
  index: 'src/index.ts',
  'locales/index': 'src/locales/index.ts',
  ...localeEntries,
};

// The ESM build keeps one file per source module, so that a bundler with `sideEffects: false`
// drops every module an app does not use (the takedown machine's schemas, say), not only
// unused exports of one big file.
const sourceModules = Object.fromEntries(
  (readdirSync('src', { recursive: true }) as string[])
    .filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.test.ts') &&
        !file.endsWith('.test-support.ts') &&
        !file.includes('fixtures'),
    )
    .filter((file) => !Object.values(publicEntries).includes(`src/${file}`))
    .map((file) => [`modules/${relative('.', file).slice(0, -'.ts'.length)}`, `src/${file}`]),
);

const common: Options = {
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  clean: false,
};

export default defineConfig([
  { ...common, entry: { ...sourceModules, ...publicEntries }, format: ['esm'], splitting: true },
  { ...common, entry: publicEntries, format: ['cjs'], dts: true },
  { ...common, entry: publicEntries, format: ['esm'], dts: { only: true } },
]);
