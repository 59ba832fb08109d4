// A Reportal server for the intake benchmark: `--store memory | pglite | postgres`, rate limits off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPortal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createReportal } from '@reportal/server';
import { serveNode } from '@reportal/server/node';
import { createMemoryStore, type ReportStore } from '@reportal/store';
import { createPgliteStore, createPostgresStore } from '@reportal/store-postgres';
import pg from 'pg';

const kind = process.argv[process.argv.indexOf('--store') + 1] ?? 'memory';
// `--time-blind`: reports held sealed in a spool folder until their window ends, as `reportal
// serve` does by default (the bench never waits for a release: it measures the reporter's wait).
const timeBlind = process.argv.includes('--time-blind');
const heldFolder = timeBlind ? mkdtempSync(join(tmpdir(), 'reportal-bench-held-')) : undefined;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `reportal_bench_${process.pid}`;
let cleanup = async () => {};

async function openStore(): Promise<ReportStore> {
  if (kind === 'memory') return createMemoryStore();
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'reportal-bench-'));
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    return createPgliteStore({ dataDir, ...(heldFolder && { timeBlind: { folder: heldFolder } }) });
  }
  cleanup = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  };
  const batches = Number(process.env.BENCH_CONCURRENT_BATCHES ?? 0);
  return createPostgresStore({
    connectionString: databaseUrl,
    schema,
    maxConnections: 16,
    ...(batches > 0 && { groupCommit: { maxConcurrentBatches: batches } }),
    ...(heldFolder && { timeBlind: { folder: heldFolder } }),
  });
}

const store = await openStore();
const reportal = createReportal({
  portal: getPortal('bz')!,
  catalogs: Object.values(catalogs),
  store,
  rateLimit: false,
});
const running = await serveNode(reportal, { port: 0, handleSignals: false });
console.log(`listening ${running.url}`);
process.on('SIGTERM', async () => {
  await running.stop();
  await cleanup();
  if (heldFolder) rmSync(heldFolder, { recursive: true, force: true });
  process.exit(0);
});
