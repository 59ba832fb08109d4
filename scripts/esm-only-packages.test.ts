// The server-side packages ship ESM only (CONTRIBUTING.md, "CommonJS builds"): a CommonJS
// program on the Node versions they support (20.19 and later, where require() of an ES module is
// on by default) still loads them with require(). Runs on the built packages (`pnpm build`).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examplePortal = fileURLToPath(new URL('../examples/portal/', import.meta.url));

/** Runs CommonJS `code` with Node in a workspace package that depends on all three. */
function requireIn(code: string): string {
  return execFileSync(process.execPath, ['--input-type=commonjs', '-e', code], {
    cwd: examplePortal,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

describe('ESM-only server-side packages', () => {
  it('load with require() from a CommonJS program', () => {
    const loaded = requireIn(`
      const server = require('@reportal/server');
      const node = require('@reportal/server/node');
      const store = require('@reportal/store');
      const postgres = require('@reportal/store-postgres');
      console.log([
        typeof server.createReportal,
        typeof node.serveNode,
        typeof store.createMemoryStore,
        typeof postgres.createPostgresStore,
      ].join(','));
    `);
    expect(loaded).toBe('function,function,function,function');
  });

  it('answer a request when required from CommonJS', async () => {
    const answer = requireIn(`
      const { createReportal } = require('@reportal/server');
      const { createMemoryStore } = require('@reportal/store');
      const reportal = createReportal({ portal: 'bz', store: createMemoryStore(), retention: false });
      reportal.fetch(new Request('http://127.0.0.1/healthz')).then(async (response) => {
        console.log(response.status, await response.text());
      });
    `);
    expect(answer).toBe('200 {"status":"ok"}');
  });
});
