// The import rules of .dependency-cruiser.cjs (`pnpm check:imports`), shown to bite: each is
// broken once in a small workspace of its own (packages linked into node_modules as pnpm links
// them), and the same workspace without the breach, with every allowed exception in it, passes.
// Last, the real tree passes (after `pnpm build`: our packages resolve to their builds).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'));
const folders = ['packages', 'examples', 'bench', 'reliability', 'scripts'];

interface Violation {
  rule: string;
  from: string;
  to: string;
}

async function violationsIn(baseDir: string, paths = folders): Promise<Violation[]> {
  const result = await cruise(paths, { ...options, baseDir });
  return (result.output as ICruiseResult).summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
  }));
}

const entry = (path: string) => ({ types: `./dist/${path}.d.ts`, default: `./dist/${path}.js` });

/** Our four packages, an example, bench and reliability, each with what it may import. */
const workspace: Record<string, string> = {
  'packages/core/package.json': JSON.stringify({
    name: '@reportal/core',
    type: 'module',
    exports: { '.': entry('index') },
    dependencies: { zod: '^4.0.0' },
  }),
  'packages/core/dist/index.js': 'export const core = 1;',
  'packages/core/dist/index.d.ts': 'export declare const core: number;',
  'packages/core/node_modules/zod/package.json': JSON.stringify({ name: 'zod', main: 'index.js' }),
  'packages/core/node_modules/zod/index.js': 'export const z = 1;',
  'packages/core/src/index.ts': `export { sha256Hex } from './crypto/web-crypto.js';\nexport { z } from 'zod';`,
  'packages/core/src/crypto/web-crypto.ts': `import { synchronousCrypto } from './platform-crypto.js';\nexport const sha256Hex = () => synchronousCrypto;`,
  'packages/core/src/crypto/platform-crypto.ts': `export { synchronousCrypto } from './platform-crypto-node.js';`,
  // Allowed: the Node variant of #crypto is the one module of core with a node: builtin.
  'packages/core/src/crypto/platform-crypto-node.ts': `import { createHash } from 'node:crypto';\nexport const synchronousCrypto = createHash;`,
  // Allowed: tests run on Node, with the root's devDependencies.
  'packages/core/src/crypto/web-crypto.test.ts': `import { createHash } from 'node:crypto';\nimport { it } from 'vitest';\nimport { sha256Hex } from './web-crypto.js';\nit('hashes', () => sha256Hex() === createHash);`,
  'node_modules/vitest/package.json': JSON.stringify({ name: 'vitest', main: 'index.js' }),
  'node_modules/vitest/index.js': 'export const it = () => {};',
  'node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', main: 'index.js' }),
  'node_modules/left-pad/index.js': 'export default (text) => text;',
  'packages/server/package.json': JSON.stringify({
    name: '@reportal/server',
    type: 'module',
    exports: { '.': entry('index'), './testing': entry('testing/index') },
    dependencies: { '@reportal/core': 'workspace:*' },
  }),
  'packages/server/dist/index.js': 'export const createReportal = 1;',
  'packages/server/dist/index.d.ts': 'export declare const createReportal: number;',
  'packages/server/dist/testing/index.js': 'export const describeStoreContract = 1;',
  'packages/server/dist/testing/index.d.ts': 'export declare const describeStoreContract: number;',
  'packages/server/src/index.ts': `export { createReportal } from './reportal.js';`,
  // Allowed: a cycle through a type-only import.
  'packages/server/src/reportal.ts': `import type { Store } from './store.js';\nexport const createReportal = (store: Store) => store;\nexport type Reportal = ReturnType<typeof createReportal>;`,
  'packages/server/src/store.ts': `import { createReportal } from './reportal.js';\nexport interface Store { reportal?: typeof createReportal }`,
  // Allowed: a cycle closed by a dynamic import().
  'packages/server/src/run.ts': `import { serve } from './serve.js';\nexport const run = () => serve;`,
  'packages/server/src/serve.ts': `export const serve = async () => (await import('./run.js')).run;`,
  'packages/client/package.json': JSON.stringify({
    name: '@reportal/client',
    type: 'module',
    exports: { '.': entry('index') },
    dependencies: { '@reportal/core': 'workspace:*' },
    devDependencies: { '@reportal/server': 'workspace:*' },
  }),
  'packages/client/dist/index.js': 'export const client = 1;',
  'packages/client/dist/index.d.ts': 'export declare const client: number;',
  'packages/client/src/index.ts': `import { core } from '@reportal/core';\nexport const client = core;`,
  // Allowed: the client's test support starts a real server.
  'packages/client/src/test-portal.ts': `import { createReportal } from '@reportal/server';\nexport const startTestPortal = () => createReportal;`,
  'packages/client/src/index.test.ts': `import { startTestPortal } from './test-portal.js';\nstartTestPortal();`,
  'packages/store/package.json': JSON.stringify({
    name: '@reportal/store',
    type: 'module',
    exports: { '.': entry('index'), './testing': entry('testing/index') },
    dependencies: { '@reportal/core': 'workspace:*' },
  }),
  'packages/store/dist/index.js': 'export const createMemoryStore = 1;',
  'packages/store/dist/index.d.ts': 'export declare const createMemoryStore: number;',
  'packages/store/dist/testing/index.js': 'export const describeStoreContract = 1;',
  'packages/store/dist/testing/index.d.ts': 'export declare const describeStoreContract: number;',
  'packages/store/src/index.ts': `import { core } from '@reportal/core';\nexport const createMemoryStore = core;`,
  'packages/store-postgres/package.json': JSON.stringify({
    name: '@reportal/store-postgres',
    type: 'module',
    exports: { '.': entry('index') },
    dependencies: { '@reportal/core': 'workspace:*', '@reportal/store': 'workspace:*' },
  }),
  'packages/store-postgres/dist/index.js': 'export const store = 1;',
  'packages/store-postgres/dist/index.d.ts': 'export declare const store: number;',
  // Allowed: the store contract and its suites, and the core.
  'packages/store-postgres/src/index.ts': `import { core } from '@reportal/core';\nimport { createMemoryStore } from '@reportal/store';\nexport const store = [core, createMemoryStore];`,
  'packages/store-postgres/src/store.test.ts': `import { describeStoreContract } from '@reportal/store/testing';\ndescribeStoreContract;`,
  'examples/demo/package.json': JSON.stringify({
    name: '@reportal/example-demo',
    type: 'module',
    dependencies: { '@reportal/core': 'workspace:*', '@reportal/client': 'workspace:*' },
  }),
  'examples/demo/src/main.ts': `import { client } from '@reportal/client';\nimport { core } from '@reportal/core';\nexport const demo = [client, core];`,
  'bench/package.json': JSON.stringify({
    name: '@reportal/bench',
    type: 'module',
    dependencies: { '@reportal/core': 'workspace:*' },
  }),
  'bench/src/run.ts': `import { core } from '@reportal/core';\nexport const run = core;`,
  'reliability/package.json': JSON.stringify({
    name: '@reportal/reliability',
    type: 'module',
    dependencies: { '@reportal/server': 'workspace:*' },
  }),
  'reliability/src/flood.test.ts': `import { createReportal } from '@reportal/server';\ncreateReportal;`,
  'scripts/summarize.ts': 'export const summary = 1;',
};

/** pnpm's links: <importer>/node_modules/@reportal/<name> -> packages/<name>. */
const links: Record<string, string[]> = {
  'packages/store': ['core'],
  'packages/server': ['core'],
  'packages/client': ['core', 'server'],
  // The server too, as if a package.json listed it: the rule, not resolution, must refuse it.
  'packages/store-postgres': ['core', 'store', 'server'],
  'examples/demo': ['core', 'client'],
  bench: ['core'],
  reliability: ['server'],
};

const made: string[] = [];

function makeWorkspace(extra: Record<string, string> = {}): string {
  const base = mkdtempSync(join(tmpdir(), 'reportal-import-rules-'));
  made.push(base);
  for (const [path, text] of Object.entries({ ...workspace, ...extra })) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  for (const [importer, names] of Object.entries(links)) {
    for (const name of names) {
      const link = join(base, importer, 'node_modules/@reportal', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), join(base, 'packages', name)), link, 'dir');
    }
  }
  return base;
}

afterAll(() => {
  for (const base of made) rmSync(base, { recursive: true, force: true });
});

describe('the import rules', () => {
  it('let a workspace that keeps them pass, with every exception they allow', async () => {
    expect(await violationsIn(makeWorkspace())).toEqual([]);
  });

  const breaches: {
    rule: string;
    why: string;
    files: Record<string, string>;
    from: string;
    to: string;
  }[] = [
    {
      rule: 'core-no-node-builtins',
      why: 'core imports node:fs',
      files: {
        'packages/core/src/read.ts': `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;`,
      },
      from: 'packages/core/src/read.ts',
      to: 'fs',
    },
    {
      rule: 'core-nothing-of-ours',
      why: 'core imports a file of the server',
      files: {
        'packages/core/src/intake.ts': `export { createReportal } from '../../server/src/reportal.js';`,
      },
      from: 'packages/core/src/intake.ts',
      to: 'packages/server/src/reportal.ts',
    },
    {
      rule: 'core-nothing-of-ours',
      why: 'core imports @reportal/client by name',
      files: { 'packages/core/src/client.ts': `export { client } from '@reportal/client';` },
      from: 'packages/core/src/client.ts',
      to: '@reportal/client',
    },
    {
      rule: 'core-only-its-dependencies',
      why: 'core imports a package its package.json does not list',
      files: { 'packages/core/src/pad.ts': `export { default as pad } from 'left-pad';` },
      from: 'packages/core/src/pad.ts',
      to: 'node_modules/left-pad/index.js',
    },
    {
      rule: 'client-not-server',
      why: 'the client imports @reportal/server',
      files: {
        'packages/client/src/serve.ts': `export { createReportal } from '@reportal/server';`,
      },
      from: 'packages/client/src/serve.ts',
      to: 'packages/client/node_modules/@reportal/server/dist/index.d.ts',
    },
    {
      rule: 'client-not-server',
      why: 'the client imports @reportal/store-postgres',
      files: {
        'packages/client/src/store.ts': `export { store } from '@reportal/store-postgres';`,
      },
      from: 'packages/client/src/store.ts',
      to: '@reportal/store-postgres',
    },
    {
      rule: 'store-postgres-not-server',
      why: 'store-postgres imports @reportal/server',
      files: {
        'packages/store-postgres/src/server.ts': `export { createReportal } from '@reportal/server';`,
      },
      from: 'packages/store-postgres/src/server.ts',
      to: 'packages/store-postgres/node_modules/@reportal/server/dist/index.d.ts',
    },
    {
      rule: 'store-postgres-not-server',
      why: 'a test of store-postgres imports @reportal/server/testing',
      files: {
        'packages/store-postgres/src/server.test.ts': `import { describeStoreContract } from '@reportal/server/testing';\ndescribeStoreContract;`,
      },
      from: 'packages/store-postgres/src/server.test.ts',
      to: 'packages/store-postgres/node_modules/@reportal/server/dist/testing/index.d.ts',
    },
    {
      rule: 'store-postgres-not-server',
      why: "store-postgres imports the server's source by name",
      files: {
        'packages/store-postgres/src/deep.ts': `export type { Store } from '@reportal/server/src/store.js';`,
      },
      from: 'packages/store-postgres/src/deep.ts',
      to: '@reportal/server/src/store.js',
    },
    {
      rule: 'store-postgres-not-server',
      why: "store-postgres imports the server's source by a path",
      files: {
        'packages/store-postgres/src/path.ts': `export { createReportal } from '../../server/src/reportal.js';`,
      },
      from: 'packages/store-postgres/src/path.ts',
      to: 'packages/server/src/reportal.ts',
    },
    {
      rule: 'no-deep-imports-between-packages',
      why: "the client imports core's source by a path",
      files: {
        'packages/client/src/deep.ts': `export { sha256Hex } from '../../core/src/crypto/web-crypto.js';`,
      },
      from: 'packages/client/src/deep.ts',
      to: 'packages/core/src/crypto/web-crypto.ts',
    },
    {
      rule: 'no-deep-imports-between-packages',
      why: "the server imports core's build by a path",
      files: { 'packages/server/src/built.ts': `export { core } from '../../core/dist/index.js';` },
      from: 'packages/server/src/built.ts',
      to: 'packages/core/dist/index.js',
    },
    {
      rule: 'no-unexported-subpaths',
      why: 'the client imports a subpath that exports does not list',
      files: {
        'packages/client/src/subpath.ts': `export { core } from '@reportal/core/dist/index.js';`,
      },
      from: 'packages/client/src/subpath.ts',
      to: '@reportal/core/dist/index.js',
    },
    {
      rule: 'apps-public-entries-only',
      why: "an example imports core's source",
      files: {
        'examples/demo/src/deep.ts': `export { sha256Hex } from '../../../packages/core/src/index.js';`,
      },
      from: 'examples/demo/src/deep.ts',
      to: 'packages/core/src/index.ts',
    },
    {
      rule: 'apps-public-entries-only',
      why: "bench imports the server's source",
      files: {
        'bench/src/deep.ts': `export { createReportal } from '../../packages/server/src/reportal.js';`,
      },
      from: 'bench/src/deep.ts',
      to: 'packages/server/src/reportal.ts',
    },
    {
      rule: 'apps-public-entries-only',
      why: "reliability imports the server's build",
      files: {
        'reliability/src/deep.ts': `export { createReportal } from '../../packages/server/dist/index.js';`,
      },
      from: 'reliability/src/deep.ts',
      to: 'packages/server/dist/index.js',
    },
    {
      rule: 'no-runtime-cycles',
      why: 'two modules of the server import values from each other',
      files: {
        'packages/server/src/limiter.ts': `import { backend } from './backend.js';\nexport const limiter = () => backend;`,
        'packages/server/src/backend.ts': `import { limiter } from './limiter.js';\nexport const backend = () => limiter;`,
      },
      from: 'packages/server/src/backend.ts',
      to: 'packages/server/src/limiter.ts',
    },
    {
      rule: 'no-run-time-builtin-lookups',
      why: 'the server looks node:crypto up at run time',
      files: {
        'packages/server/src/lookup.ts': `export const nodeCrypto = process.getBuiltinModule('node:crypto');`,
      },
      from: 'packages/server/src/lookup.ts',
      to: 'crypto',
    },
    {
      rule: 'shipped-code-not-test-code',
      why: "the client's shipped code imports its test support",
      files: {
        'packages/client/src/portal.ts': `export { startTestPortal } from './test-portal.js';`,
      },
      from: 'packages/client/src/portal.ts',
      to: 'packages/client/src/test-portal.ts',
    },
  ];

  for (const breach of breaches) {
    it(`${breach.rule}: refuse when ${breach.why}`, async () => {
      const found = await violationsIn(makeWorkspace(breach.files));
      expect(found).toContainEqual({ rule: breach.rule, from: breach.from, to: breach.to });
      // Nothing else in the workspace is refused.
      const files = Object.keys(breach.files);
      expect(found.filter((violation) => !files.includes(violation.from))).toEqual([]);
    });
  }

  it('let the real tree pass', { timeout: 60_000 }, async () => {
    expect(await violationsIn(root)).toEqual([]);
  });
});
