// Fuzzing: at least 100,000 generated requests (malformed JSON, wrong types, deep and huge
// bodies, unicode edge cases, __proto__ keys, invalid UTF-8, every refused URL kind, random
// methods, paths and headers) against one server process with the rate limits off. No 5xx, no
// crash, nothing stored by any refused request, and memory back near its baseline afterwards.
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { leaveSuiteArtifacts } from './audit-artifacts.js';
import {
  createFuzzRequests,
  type FuzzRequest,
  isStreamBody,
  type SeedReport,
} from './fuzz-requests.js';
import { createMarkers } from './markers.js';
import { createRandom, runSeed } from './random.js';
import { killAllServers, ServerLogs, type ServerProcess, startServer } from './server-process.js';
import { storeInvariantViolations } from './store-invariants.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

const totalRequests = 100_000;
const warmUpRequests = 10_000;
const connections = 16;
const seedReports = 100;
const abortedUploads = 2_000;
const mebibyte = 1024 * 1024;
// Memory is measured after the warm-up (the baseline) and after the run, the same way each time:
// a full garbage collection forced through the inspector, then the JavaScript heap's use and the
// lowest VmRSS (/proc/<pid>/status) over a quiet pause. Tolerances: 4 MiB of heap (a leak of 50
// bytes per request would be 4.3 MiB over the 90,000 requests after the warm-up) and 16 MiB of
// resident memory (the run's peak is some 50 MiB above the baseline).
const heapToleranceBytes = 4 * mebibyte;
const residentToleranceBytes = 16 * mebibyte;

const seed = runSeed();
const random = createRandom(seed);
const markers = createMarkers('fuzz');
const logs = new ServerLogs();
let database: TestDatabase | undefined;
let server: ServerProcess | undefined;
let pool: Pool | undefined;
let markedRequests = 0;

const delay = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

interface KindStats {
  sent: number;
  statuses: Record<number, number>;
  dropped: Record<string, number>;
}

interface RunStats {
  sent: number;
  stored: number;
  storedWithKey: number;
  replayed: number;
  byKind: Record<string, KindStats>;
  serverErrors: { kind: string; status: number; method: string; path: string }[];
  unexpected: { kind: string; status: number; expected: readonly number[]; body: string }[];
  droppedUnexpectedly: { kind: string; error: string; method: string; path: string }[];
  notProblemJson: { kind: string; status: number; contentType: string }[];
}

function emptyStats(): RunStats {
  return {
    sent: 0,
    stored: 0,
    storedWithKey: 0,
    replayed: 0,
    byKind: {},
    serverErrors: [],
    unexpected: [],
    droppedUnexpectedly: [],
    notProblemJson: [],
  };
}

function describeBody(body: FuzzRequest['body']): string {
  if (body === undefined) return '';
  if (isStreamBody(body)) return '(stream)';
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  return text.length > 200 ? `${text.slice(0, 200)}... (${text.length} characters)` : text;
}

async function send(request: FuzzRequest, stats: RunStats): Promise<void> {
  const kind = stats.byKind[request.kind] ?? { sent: 0, statuses: {}, dropped: {} };
  stats.byKind[request.kind] = kind;
  kind.sent++;
  stats.sent++;
  markedRequests++;
  try {
    const response = await pool!.request({
      method: request.method,
      path: request.path,
      headers: request.headers,
      ...(request.body !== undefined && {
        body: isStreamBody(request.body) ? Readable.from(request.body()) : request.body,
      }),
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    await response.body.dump();
    const status = response.statusCode;
    kind.statuses[status] = (kind.statuses[status] ?? 0) + 1;
    if (status >= 500) {
      stats.serverErrors.push({
        kind: request.kind,
        status,
        method: request.method,
        path: request.path,
      });
    } else if (request.expected && !request.expected.includes(status)) {
      stats.unexpected.push({
        kind: request.kind,
        status,
        expected: request.expected,
        body: describeBody(request.body),
      });
    }
    const contentType = String(response.headers['content-type'] ?? '');
    if (
      request.expected &&
      [400, 413, 415, 422].includes(status) &&
      !contentType.startsWith('application/problem+json')
    ) {
      stats.notProblemJson.push({ kind: request.kind, status, contentType });
    }
    if (status === 201 && request.method === 'POST') {
      if (response.headers['idempotency-replayed'] === 'true') stats.replayed++;
      else {
        stats.stored++;
        if (request.headers['Idempotency-Key']) stats.storedWithKey++;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).name;
    kind.dropped[code] = (kind.dropped[code] ?? 0) + 1;
    if (!request.mayDropConnection) {
      stats.droppedUnexpectedly.push({
        kind: request.kind,
        error: `${code}: ${(error as Error).message}`,
        method: request.method,
        path: request.path.slice(0, 100),
      });
    }
  }
}

/**
 * Uploads that never finish: a connection that sends part of the head or of the body, then
 * goes away. Each must leave nothing behind (no request held open, no memory).
 */
async function abortUploads(url: string, count: number): Promise<void> {
  const { port } = new URL(url);
  const body = Buffer.from(
    '{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/abort"],"goodFaith":true}',
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < count) {
        const index = next++;
        markedRequests++;
        const head = [
          'POST /v1/reports HTTP/1.1',
          'Host: 127.0.0.1',
          'Content-Type: application/json',
          ...Object.entries(markers.headersFor(index)).map(([name, value]) => `${name}: ${value}`),
          index % 2 === 0 ? `Content-Length: ${body.byteLength}` : 'Transfer-Encoding: chunked',
          '',
          '',
        ].join('\r\n');
        const full = Buffer.concat([
          Buffer.from(head),
          index % 2 === 0 ? body : Buffer.from(`${body.byteLength.toString(16)}\r\n${body}\r\n`),
        ]);
        // Cut anywhere from inside the head to one byte short of the end.
        const cut = random.integer(1, full.byteLength - 1);
        await new Promise<void>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1', () => {
            socket.write(full.subarray(0, cut), () =>
              setTimeout(() => socket.destroy(), random.integer(0, 20)),
            );
          });
          socket.on('error', () => {});
          socket.on('close', () => resolve());
        });
      }
    }),
  );
}

/** A request and answer whose bytes must not change over the run (a polluted prototype would). */
async function canary(): Promise<string[]> {
  const answers: string[] = [];
  for (const [path, body] of [
    ['/v1/portals/bz', undefined],
    [
      '/v1/reports',
      '{"schemaVersion":1,"portal":"bz","locale":"es","urls":["ftp://ftp.example.com/x"],"goodFaith":true}',
    ],
    ['/v1/status', '{"receipt":"0000-0000"}'],
  ] as const) {
    markedRequests++;
    const response = await pool!.request({
      method: body === undefined ? 'GET' : 'POST',
      path,
      headers: { ...markers.headersFor(0), 'Content-Type': 'application/json' },
      ...(body !== undefined && { body }),
    });
    answers.push(`${response.statusCode} ${await response.body.text()}`);
  }
  return answers;
}

beforeAll(async () => {
  database = await createTestDatabase('fuzz');
  server = await startServer({ databaseUrl: database.url, logs, rateLimit: false, inspect: true });
  pool = new Pool(server.url, { connections, keepAliveTimeout: 30_000 });
});

afterAll(async () => {
  await pool?.destroy();
  await killAllServers();
  await leaveSuiteArtifacts(inject('runDirectory'), database, {
    suite: 'fuzzing',
    logs: logs.text(),
    sent: { tokens: markers.tokens, addresses: markers.addresses, markedRequests },
  });
});

describe('fuzzing', () => {
  it(`answers ${totalRequests.toLocaleString('en')} generated requests with no 5xx, no crash, no stray write and no leak`, async () => {
    console.log(`seed ${seed} (replay with RELIABILITY_SEED=${seed})`);
    // Reports stored first, whose keys the fuzzer replays (201, nothing stored) and reuses with
    // other bodies (422, nothing stored).
    const seeds: SeedReport[] = [];
    for (let index = 0; index < seedReports; index++) {
      const seedReport = {
        key: `fuzz-seed-${seed}-${String(index).padStart(4, '0')}`,
        body: JSON.stringify({
          schemaVersion: 1,
          portal: 'bz',
          locale: 'en',
          urls: [`https://seed.example.org/${index}`],
          goodFaith: true,
        }),
      };
      markedRequests++;
      const response = await pool!.request({
        method: 'POST',
        path: '/v1/reports',
        headers: {
          ...markers.headersFor(index),
          'Content-Type': 'application/json',
          'Idempotency-Key': seedReport.key,
        },
        body: seedReport.body,
      });
      await response.body.dump();
      expect(response.statusCode).toBe(201);
      seeds.push(seedReport);
    }
    // `reportal serve` purges ten seconds after it starts, and the purge writes a row of its own
    // log: wait for it, so that the counts below compare what the requests did, and nothing else.
    await logs.waitForLine((line) => line.message === 'purged', 20_000);
    const canaryBefore = await canary();
    const countsBefore = await database!.countRows();
    const fuzz = createFuzzRequests({
      random,
      markerHeaders: (index) => markers.headersFor(index),
      seeds,
    });
    const stats = emptyStats();
    let generated = 0;
    const run = async (count: number) => {
      const end = generated + count;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (generated < end) await send(fuzz.next(generated++), stats);
        }),
      );
    };

    const quietResidentBytes = async (milliseconds: number) => {
      let lowest = Number.POSITIVE_INFINITY;
      for (const end = Date.now() + milliseconds; Date.now() < end; await delay(250)) {
        lowest = Math.min(lowest, server!.residentBytes());
      }
      return lowest;
    };

    // Warm up (JIT, pools, caches), then take the baseline after a pause.
    const started = Date.now();
    await run(warmUpRequests);
    expect(server!.running(), `the server died:\n${logs.text()}`).toBe(true);
    const heapBaseline = await server!.heapUsedAfterCollection();
    const baseline = await quietResidentBytes(3_000);
    let peak = baseline;
    const sampler = setInterval(() => {
      if (server!.running()) peak = Math.max(peak, server!.residentBytes());
    }, 250);
    const mainStarted = Date.now();
    try {
      await run(totalRequests - warmUpRequests);
    } finally {
      clearInterval(sampler);
    }
    const mainMs = Date.now() - mainStarted;
    const totalMs = Date.now() - started;
    await abortUploads(server!.url, abortedUploads);
    // The process lived through it all and still answers.
    expect(server!.running(), `the server died:\n${logs.text()}`).toBe(true);
    const heapAfter = await server!.heapUsedAfterCollection();
    const after = await quietResidentBytes(5_000);
    for (const path of ['/healthz', '/readyz']) {
      const response = await pool!.request({ method: 'GET', path, headers: markers.headersFor(1) });
      markedRequests++;
      await response.body.dump();
      expect(response.statusCode, path).toBe(200);
    }
    expect(stats.sent).toBeGreaterThanOrEqual(totalRequests);
    // Every kind of request was exercised, each many times.
    for (const kind of fuzz.kinds) expect(stats.byKind[kind]?.sent, kind).toBeGreaterThan(500);
    expect(stats.serverErrors.slice(0, 10)).toEqual([]);
    expect(stats.unexpected.slice(0, 10)).toEqual([]);
    expect(stats.droppedUnexpectedly.slice(0, 10)).toEqual([]);
    expect(stats.notProblemJson.slice(0, 10)).toEqual([]);
    expect(logs.lines().filter((line) => line.level === 'error' || 'raw' in line)).toEqual([]);
    expect(await canary()).toEqual(canaryBefore);

    // Only the reports answered with a fresh 201 added rows; every refused request left none.
    const countsAfter = await database!.countRows();
    const added = Object.fromEntries(
      Object.keys(countsAfter).map((table) => [
        table,
        countsAfter[table]! - (countsBefore[table] ?? 0),
      ]),
    );
    expect(stats.stored).toBeGreaterThan(0);
    expect(added).toMatchObject({
      'reportal.reports': stats.stored,
      'reportal.idempotency_keys': stats.storedWithKey,
      'reportal.tokens': 0,
      'reportal.purge_log': 0,
      'reportal.schema_migrations': 0,
    });
    expect(added['reportal.case_history']).toBe(added['reportal.report_cases']);
    expect(added['reportal.report_cases']).toBeGreaterThanOrEqual(stats.stored);
    expect(await storeInvariantViolations(database!, { intakeOnly: true })).toEqual([]);

    // Memory came back near the warmed-up baseline.
    expect(heapAfter).toBeLessThanOrEqual(heapBaseline + heapToleranceBytes);
    expect(after).toBeLessThanOrEqual(baseline + residentToleranceBytes);

    const table = Object.entries(stats.byKind)
      .map(([kind, { sent, statuses, dropped }]) => {
        const answers = Object.entries(statuses).map(([status, count]) => `${status}×${count}`);
        const drops = Object.entries(dropped).map(([code, count]) => `${code}×${count}`);
        return `  ${kind}: ${sent} (${[...answers, ...drops].join(', ')})`;
      })
      .join('\n');
    console.log(
      `fuzzing (seed ${seed}): ${stats.sent} requests in ${(totalMs / 1000).toFixed(1)} s ` +
        `(${Math.round((stats.sent - warmUpRequests) / (mainMs / 1000))}/s after warm-up), ` +
        `${stats.stored} valid reports stored, ${stats.replayed} replays, ` +
        `then ${abortedUploads} uploads cut short; ` +
        `RSS baseline ${(baseline / mebibyte).toFixed(1)} MiB, peak ${(peak / mebibyte).toFixed(1)} MiB, ` +
        `after ${(after / mebibyte).toFixed(1)} MiB (tolerance ${residentToleranceBytes / mebibyte} MiB); ` +
        `JS heap after a full collection ${(heapBaseline / mebibyte).toFixed(1)} MiB, after ` +
        `${(heapAfter / mebibyte).toFixed(1)} MiB (tolerance ${heapToleranceBytes / mebibyte} MiB)\n${table}`,
    );
    // No request is left hanging (an aborted upload included): the graceful stop is quick.
    await pool!.close();
    const stopping = Date.now();
    expect(await server!.stop()).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopping).toBeLessThan(5_000);
  });
});
