import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// Platform crypto through package.json conditions: the source imports ./platform-crypto.js (the
// Node variant, for tests and tsx); every build writes `#crypto` there instead and leaves it to
// the consumer's resolver, which package.json `imports` sends to the Node variant under the `node`
// condition and to the Web Crypto one otherwise (browsers, workers, their bundlers).
const cryptoVariants = {
  'modules/crypto/platform-crypto-node': 'src/crypto/platform-crypto-node.ts',
  'modules/crypto/platform-crypto-web': 'src/crypto/platform-crypto-web.ts',
};
const platformCryptoImport: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'platform-crypto-import',
  setup(build) {
    build.onResolve({ filter: /^\.\/platform-crypto\.js$/ }, () => ({
      path: '#crypto',
      external: true,
    }));
  },
};

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
  'catalog-tools': 'src/locales/catalog-tools.ts',
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
        !file.includes('fixtures') &&
        file !== 'crypto/platform-crypto.ts',
    )
    .filter((file) => !Object.values(publicEntries).includes(`src/${file}`))
    .map((file) => [`modules/${relative('.', file).slice(0, -'.ts'.length)}`, `src/${file}`]),
);

const common: Options = {
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  clean: false,
  // Only the Node variant of #crypto imports it.
  external: ['node:crypto'],
  removeNodeProtocol: false,
  esbuildPlugins: [platformCryptoImport],
};

export default defineConfig([
  { ...common, entry: { ...sourceModules, ...publicEntries }, format: ['esm'], splitting: true },
  { ...common, entry: publicEntries, format: ['cjs'], dts: true },
  { ...common, entry: publicEntries, format: ['esm'], dts: { only: true } },
  // The ESM build has both variants as source modules; CommonJS gets them here (no types: only
  // `#crypto` reaches them).
  { ...common, entry: cryptoVariants, format: ['cjs'] },
]);
