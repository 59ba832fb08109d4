// What may import what (`pnpm check:imports`; CONTRIBUTING.md says it in words). Every rule is
// shown to bite by scripts/import-rules.test.ts, which breaks each one in a small tree of its own.
//
// Our packages meet only through their names, as their users meet them: `@reportal/x` resolves
// through node_modules (symlinks kept, so the path names the importing package) and package.json
// `exports`, so a subpath that `exports` does not list cannot be resolved at all, and a relative
// path into another package's folder is a path under packages/<other>/. Packages resolve to their
// built declarations, so this runs after `pnpm build`, like check:types and check:packages.

/** Tests and their support: they run on Node only and never ship (no tsup entry reaches them). */
const testCode = [
  '[.]test[.]ts$',
  '[.]test-support[.]ts$',
  // The client's tests start a real @reportal/server (a devDependency) to submit to.
  '^packages/client/src/test-(?:portal|cleanup)[.]ts$',
];

/** Every dependency type of an npm package that is not in the importer's `dependencies`. */
const unlistedPackage = [
  'npm-dev',
  'npm-no-pkg',
  'npm-unknown',
  'npm-optional',
  'npm-peer',
  'npm-bundled',
  'undetermined',
  'unknown',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-node-builtins',
      comment:
        '@reportal/core runs in browsers, workers and Node alike: no node: builtin. The one ' +
        'exception is the Node variant of the #crypto import, which only the `node` condition of ' +
        "core's package.json `imports` reaches. Tests are exempt (they run on Node and compare " +
        'with node:crypto); scripts/ holds generators that never ship.',
      severity: 'error',
      from: {
        path: '^packages/core/src/',
        pathNot: [...testCode, '^packages/core/src/crypto/platform-crypto-node[.]ts$'],
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-nothing-of-ours',
      comment:
        '@reportal/core depends on nothing of ours: not another package, example, benchmark or ' +
        'repository script (tests included).',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: {
        path: [
          '^packages/(?!core/)',
          '^(?:examples|bench|reliability|scripts)/',
          '(?:^|/)node_modules/@reportal/',
          '^@reportal/',
        ],
      },
    },
    {
      name: 'core-only-its-dependencies',
      comment:
        "@reportal/core's shipped code imports its own files and the npm packages in its " +
        '`dependencies` (zod, @messageformat/runtime), nothing else. Tests use the root ' +
        'devDependencies (vitest, fast-check), so they are exempt.',
      severity: 'error',
      from: { path: '^packages/core/src/', pathNot: testCode },
      to: { dependencyTypes: unlistedPackage, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'client-not-server',
      comment:
        '@reportal/client never imports @reportal/server or @reportal/store-postgres: partners ' +
        "bundle it. Its tests and their support are exempt: they submit to a real server (the client's " +
        'devDependency), and no entry of the package reaches them.',
      severity: 'error',
      from: { path: '^packages/client/', pathNot: testCode },
      to: {
        path: [
          '(?:^|/)node_modules/@reportal/(?:server|store-postgres)/',
          '^@reportal/(?:server|store-postgres)(?:/|$)',
          '^packages/(?:server|store-postgres)/',
        ],
      },
    },
    {
      name: 'store-postgres-not-server',
      comment:
        '@reportal/store-postgres never imports @reportal/server, by name or by path, tests ' +
        'included: the store contract (interface, cursor codec, contract suites) is ' +
        '@reportal/store, and what a store derives from a case comes from @reportal/core.',
      severity: 'error',
      from: { path: '^packages/store-postgres/' },
      to: {
        path: [
          '(?:^|/)node_modules/@reportal/server/',
          '^@reportal/server(?:/|$)',
          '^packages/server/',
        ],
      },
    },
    {
      name: 'no-deep-imports-between-packages',
      comment:
        "A package never reaches into another package's folder (its src/ or dist/) by a path: " +
        'only `@reportal/<name>` and the subpaths its package.json `exports` lists.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: ['^packages/$1/'] },
    },
    {
      name: 'no-unexported-subpaths',
      comment:
        'An import of one of our packages that does not resolve names a subpath its package.json ' +
        '`exports` does not list (`@reportal/server/src/...`, `@reportal/core/dist/...`), or the ' +
        'package is not built yet (run `pnpm build`).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^@reportal/' },
    },
    {
      name: 'apps-public-entries-only',
      comment:
        'examples/, bench/ and reliability/ use our packages as their users do: through the ' +
        'public entries (`@reportal/<name>` and its `exports`), never a path into packages/.',
      severity: 'error',
      from: { path: '^(?:examples|bench|reliability)/' },
      to: { path: '^packages/' },
    },
    {
      name: 'no-runtime-cycles',
      comment:
        'No circular imports at run time: a cycle makes the order of evaluation depend on which ' +
        'module is loaded first. A cycle through a type-only import is erased by compilation, and ' +
        'one closed by a dynamic import() is evaluated when called, after every module has loaded ' +
        "(the CLI's admin socket runs the command line that way), so both are allowed.",
      severity: 'error',
      from: {
        path: '^(?:packages|examples|bench|reliability)/',
      },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
    {
      name: 'no-run-time-builtin-lookups',
      comment:
        "Shipped code reaches Node's builtins by import (under a package.json condition where " +
        "other platforms need another module, like core's #crypto), never through " +
        '`process.getBuiltinModule` at run time.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: testCode },
      to: { dependencyTypes: ['process-get-builtin-module'] },
    },
    {
      name: 'shipped-code-not-test-code',
      comment:
        'The exemptions above hold only while no shipped module imports a test or its support.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: testCode },
      to: { path: testCode },
    },
  ],
  options: {
    // Dependencies, and our builds, are not cruised themselves; an import of them still is
    // (an `exclude` would hide it, so builds are only not followed).
    doNotFollow: { path: ['(?:^|/)node_modules/', '^(?:packages|examples)/[^/]+/dist/'] },
    exclude: { path: ['(?:^|/)[.]tmp/'] },
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    detectProcessBuiltinModuleCalls: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    skipAnalysisNotInRules: true,
  },
};
