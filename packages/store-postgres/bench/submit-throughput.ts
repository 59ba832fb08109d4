// How many reports per second the store commits with 64 concurrent submitReport calls, on the real
// PostgreSQL with synchronous_commit on. Not a test: `pnpm --filter @reportal/store-postgres bench`.

import { readFileSync } from 'node:fs';
import { ANONYMIZATION_RULESET_ID, createReportId, urlKey } from '@reportal/core';
import type { NewReport, ReportStore } from '@reportal/store';
import pg from 'pg';
import { createPostgresStore, type GroupCommitOptions } from '../src/index.js';

const databaseUrl =
  process.env.REPORTAL_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const concurrency = Number(process.env.CONCURRENCY ?? 64);
const seconds = Number(process.env.SECONDS ?? 5);
const receivedAt = '2025-03-10T09:00:00.000Z';

const settings: { name: string; groupCommit: GroupCommitOptions; maxConnections?: number }[] = [
  {
    name: 'no batching (1 report per transaction)',
    groupCommit: { maxBatchSize: 1, maxConcurrentBatches: 10 },
  },
  { name: 'group commit, 1 batch in flight (default)', groupCommit: {} },
  { name: 'group commit, 2 in flight', groupCommit: { maxConcurrentBatches: 2 } },
  { name: 'group commit, 4 in flight', groupCommit: { maxConcurrentBatches: 4 } },
];

let counter = 0;
async function report(): Promise<NewReport> {
  const n = counter++;
  // One report in ten repeats an earlier URL, so linking is measured too.
  const url = `https://example.com/bench/${n % 10 === 0 ? Math.floor(n / 10) : n}`;
  const idempotency =
    n % 2 === 0
      ? {
          scope: 'public',
          keyHash: `${n.toString(16).padStart(8, '0')}${'0'.repeat(56)}${process.pid}`,
          fingerprint: 'f'.repeat(64),
          sealedResponse: 'sealed'.repeat(20),
          expiresAt: '2999-01-01T00:00:00.000Z',
        }
      : undefined;
  return {
    report: {
      schemaVersion: 1,
      portal: 'bz',
      locale: 'en',
      urls: [url],
      contentTypes: ['image', 'video'],
      whereFound: 'website',
      description: 'A page of the test domain that a benchmark reports.',
      goodFaith: true,
      receivedAt,
      source: 'public',
      anonymization: {
        ruleset: ANONYMIZATION_RULESET_ID,
        applied: [{ id: 'coarsen-received-at', field: 'receivedAt', count: 1 }],
      },
      reportId: createReportId(new Date(receivedAt)),
    },
    receiptHash: crypto.randomUUID().replace(/-/g, '').padEnd(64, '0'),
    cases: [
      { key: await urlKey(url), urls: [url], newCaseId: createReportId(new Date(receivedAt)) },
    ],
    ...(idempotency ? { idempotency } : {}),
  };
}

// CPU seconds (user + system) of the PostgreSQL backends serving this bench, from /proc.
async function backendCpuSeconds(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query(
    "SELECT pid FROM pg_stat_activity WHERE application_name = 'reportal-bench'",
  );
  let ticks = 0;
  for (const { pid } of rows as { pid: number }[]) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // not on Linux, or the backend is gone
    }
  }
  return ticks / 100;
}

async function measure(store: ReportStore, admin: pg.Client) {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const backendBefore = await backendCpuSeconds(admin);
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const input = await report();
      const start = performance.now();
      try {
        const outcome = await store.submitReport(input);
        if (outcome.kind !== 'stored') errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - start);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const backend = (await backendCpuSeconds(admin)) - backendBefore;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    perSecond: Math.round(latencies.length / elapsed),
    p50: at(0.5).toFixed(1),
    p99: at(0.99).toFixed(1),
    errors,
    nodeMicrosPerReport: Math.round((cpu.user + cpu.system) / latencies.length),
    postgresMicrosPerReport: Math.round((backend * 1e6) / latencies.length),
  };
}

const admin = new pg.Client({ connectionString: databaseUrl });
await admin.connect();
const { rows } = await admin.query('SHOW synchronous_commit');
console.log(
  `synchronous_commit=${rows[0].synchronous_commit}, ${concurrency} concurrent calls, ${seconds} s each`,
);
for (const setting of settings) {
  const schema = `bench_${process.pid}`;
  const store = await createPostgresStore({
    connectionString: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}application_name=reportal-bench`,
    schema,
    groupCommit: setting.groupCommit,
  });
  try {
    await measure(store, admin); // warm-up run, not counted
    const result = await measure(store, admin);
    console.log(
      `${setting.name.padEnd(44)} ${String(result.perSecond).padStart(6)} reports/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  CPU per report: node ${result.nodeMicrosPerReport} µs, PostgreSQL ${result.postgresMicrosPerReport} µs`,
    );
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
  }
}
await admin.end();
