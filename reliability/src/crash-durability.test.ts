// Crash durability: thousands of reports with idempotency keys while the server process is
// killed with SIGKILL at random moments and restarted on the same database. Every report that
// got a 201 must be stored exactly once, none twice, and the store's invariants must hold.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashReceipt, parseReceipt } from '@reportal/core';
import { createPostgresStore } from '@reportal/store-postgres';
import { Pool } from 'undici';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { leaveSuiteArtifacts } from './audit-artifacts.js';
import { createMarkers } from './markers.js';
import { createRandom, runSeed } from './random.js';
import { killAllServers, ServerLogs, type ServerProcess, startServer } from './server-process.js';
import { storeInvariantViolations } from './store-invariants.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

const concurrency = 16;
const releaseScript = fileURLToPath(new URL('./release-held.ts', import.meta.url));
const distinctUrls = 700;
const suiteDeadlineMs = 180_000;

const seed = runSeed();
const random = createRandom(seed);
const markers = createMarkers('crash');
const logs = new ServerLogs();
const databases: TestDatabase[] = [];
let markedRequests = 0;

const delay = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

interface Live {
  server: ServerProcess;
  pool: Pool;
}

function connect(server: ServerProcess): Live {
  return {
    server,
    pool: new Pool(server.url, { connections: concurrency, headersTimeout: 30_000 }),
  };
}

/** The body of the `index`-th report: 1 to 3 URLs out of a set, so cases link many reports. */
function reportBody(index: number): string {
  const urls = new Set<string>();
  const wanted = random.integer(1, 3);
  while (urls.size < wanted) {
    const page = random.integer(0, distinctUrls - 1);
    const tracking = random.chance(0.2) ? `?utm_source=crash&fbclid=${index}` : '';
    urls.add(`https://site-${page % 9}.example.com/crash/gallery/${page}${tracking}`);
  }
  return JSON.stringify({
    schemaVersion: 1,
    portal: 'bz',
    locale: index % 2 === 0 ? 'en' : 'es',
    urls: [...urls],
    description: `Crash durability report ${index}.`,
    goodFaith: true,
  });
}

interface Outcome {
  status: number;
  receipt?: string;
  attempts: number;
}

afterAll(async () => {
  await killAllServers();
  for (const [index, database] of databases.entries()) {
    await leaveSuiteArtifacts(inject('runDirectory'), database, {
      suite: index === 0 ? 'crash-durability' : `crash-durability-${index}`,
      logs: logs.text(),
      sent: { tokens: markers.tokens, addresses: markers.addresses, markedRequests },
    });
  }
});

/** One run of the suite: its size, the server's options, and what happens before the count. */
interface CrashRun {
  reportCount: number;
  killCount: number;
  serveArgs: string[];
  /** After the load, before anything is counted (the time-blind run releases its reports). */
  afterLoad?: (database: TestDatabase, lookUpReceipts: () => Promise<void>) => Promise<void>;
}

describe('crash durability', () => {
  it('stores every report acknowledged with 201 exactly once across SIGKILLs and restarts', async () => {
    await runCrashSuite({
      reportCount: 3_000,
      killCount: 6,
      serveArgs: ['--time-blind-window', 'off'],
    });
  });

  it('does the same with time-blind intake, where reports are held until their window ends', async () => {
    const held = mkdtempSync(join(tmpdir(), 'reportal-crash-held-'));
    const timeBlind = { folder: held, windowMinutes: 60, graceMinutes: 5 };
    try {
      await runCrashSuite({
        reportCount: 1_000,
        killCount: 4,
        serveArgs: ['--time-blind-window', '60', '--time-blind-grace', '5', '--held', held],
        async afterLoad(database, lookUpReceipts) {
          // Held: durable, found by receipt, not yet in the tables the analysts read. (Unless
          // the run crossed a window's end: then the servers released a window themselves.)
          const now = await createPostgresStore({
            connectionString: database.url,
            migrate: false,
            timeBlind: timeBlind,
          });
          let heldNow: number;
          try {
            heldNow = await now.heldReports!.held();
          } finally {
            await now.close();
          }
          const counts = await database.countRows();
          expect(heldNow + (counts['reportal.reports'] ?? 0)).toBe(1_000);
          await lookUpReceipts();
          // The window ends (stores whose clocks run two hours on). Releases killed at random
          // moments, before, during or after their one transaction: each leaves all of the
          // window stored or none of it, and the next stores nothing twice.
          const offsetMs = 2 * 3_600_000;
          const heldBefore = heldNow;
          const releaseKills: string[] = [];
          for (let attempt = 0; attempt < 8; attempt++) {
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', releaseScript, database.url, held, String(offsetMs)],
              { stdio: ['ignore', 'pipe', 'ignore'] },
            );
            const exited = new Promise((resolve) => child.once('exit', resolve));
            await new Promise((resolve) => child.stdout!.once('data', resolve));
            await delay(random.integer(0, 6_000));
            child.kill('SIGKILL');
            await exited;
            const stored = (await database.countRows())['reportal.reports'] ?? 0;
            expect([1_000 - heldBefore, 1_000]).toContain(stored);
            releaseKills.push(`${stored} (spool files left: ${readdirSync(held).length})`);
            if (stored === 1_000) break;
          }
          console.log(`reports stored after each killed release: ${releaseKills.join(', ')}`);
          const later = new Date(Date.now() + offsetMs);
          const store = await createPostgresStore({
            connectionString: database.url,
            migrate: false,
            timeBlind: { ...timeBlind, now: () => later },
          });
          try {
            // The store releases due windows as it opens; this waits for that release to end.
            expect((await store.heldReports!.releaseDue()).unreadable).toBe(0);
            expect(await store.heldReports!.held()).toBe(0);
          } finally {
            await store.close();
          }
          expect(readdirSync(held)).toEqual([]);
        },
      });
    } finally {
      rmSync(held, { recursive: true, force: true });
    }
  });
});

async function runCrashSuite(run: CrashRun): Promise<void> {
  const { reportCount, killCount, serveArgs } = run;
  {
    const database = await createTestDatabase('crash');
    databases.push(database);
    console.log(`seed ${seed} (replay with RELIABILITY_SEED=${seed})`);
    const started = Date.now();
    const deadline = started + suiteDeadlineMs;
    const databaseUrl = database.url;
    const start = () => startServer({ databaseUrl, logs, rateLimit: false, serveArgs });
    let live: Promise<Live> = start().then(connect);
    const pids = [(await live).server.pid];

    const keys = Array.from(
      { length: reportCount },
      (_, index) => `crash-${seed}-${String(index).padStart(5, '0')}`,
    );
    const bodies = keys.map((_, index) => reportBody(index));
    const outcomes: (Outcome | undefined)[] = new Array(reportCount);
    let settled = 0;
    let inFlight = 0;
    let connectionErrors = 0;
    let serverErrors = 0;
    let replays = 0;

    const submit = async (index: number): Promise<Outcome> => {
      for (let attempt = 1; ; attempt++) {
        if (Date.now() > deadline) throw new Error(`report ${index}: out of time`);
        const { pool } = await live;
        inFlight++;
        markedRequests++;
        try {
          const response = await pool.request({
            path: '/v1/reports',
            method: 'POST',
            headers: {
              ...markers.headersFor(index + attempt),
              'Content-Type': 'application/json',
              'Idempotency-Key': keys[index]!,
            },
            body: bodies[index]!,
          });
          const text = await response.body.text();
          if (response.statusCode >= 500) {
            serverErrors++;
            await delay(random.integer(20, 100));
            continue;
          }
          if (response.statusCode !== 201)
            return { status: response.statusCode, attempts: attempt };
          if (response.headers['idempotency-replayed'] === 'true') replays++;
          const { receipt } = JSON.parse(text) as { receipt: string };
          return { status: 201, receipt, attempts: attempt };
        } catch {
          // The process was killed under this request, or is not back yet: same key again.
          connectionErrors++;
          await delay(random.integer(20, 100));
        } finally {
          inFlight--;
        }
      }
    };

    let next = 0;
    const client = Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < reportCount) {
          const index = next++;
          outcomes[index] = await submit(index);
          settled++;
        }
      }),
    );

    // Kills at random moments: after random shares of the reports settled, plus a random delay.
    const thresholds = Array.from({ length: killCount }, () =>
      Math.floor(reportCount * (0.05 + 0.85 * random.next())),
    ).sort((a, b) => a - b);
    const kills: { atSettled: number; inFlight: number; restartMs: number }[] = [];
    for (const threshold of thresholds) {
      while (settled < threshold && Date.now() < deadline) await delay(2);
      await delay(random.integer(0, 150));
      const { server, pool } = await live;
      const inFlightAtKill = inFlight;
      const atSettled = settled;
      const killedAt = Date.now();
      const restarted = (async () => {
        const exit = await server.kill();
        expect(exit.signal).toBe('SIGKILL');
        void pool.destroy();
        return connect(await start());
      })();
      live = restarted;
      const { server: fresh } = await restarted;
      pids.push(fresh.pid);
      kills.push({ atSettled, inFlight: inFlightAtKill, restartMs: Date.now() - killedAt });
    }
    await client;
    const loadMs = Date.now() - started;

    // Every report was acknowledged, each with a receipt of its own.
    const statuses = new Map<number, number>();
    for (const outcome of outcomes) {
      statuses.set(outcome!.status, (statuses.get(outcome!.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 201: reportCount });
    const receipts = outcomes.map((outcome) => outcome!.receipt!);
    expect(new Set(receipts).size).toBe(reportCount);
    expect(kills.length).toBe(killCount);
    expect(new Set(pids).size).toBe(killCount + 1);
    // The kills hit requests in flight, which the client retried under the same key.
    expect(kills.reduce((sum, kill) => sum + kill.inFlight, 0)).toBeGreaterThan(0);
    expect(connectionErrors).toBeGreaterThan(0);

    // Each receipt answers its status on the last server process.
    const lookUpReceipts = async () => {
      const { pool } = await live;
      const lookups = new Map<number, number>();
      let lookupNext = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (lookupNext < reportCount) {
            const index = lookupNext++;
            markedRequests++;
            const response = await pool.request({
              path: '/v1/status',
              method: 'POST',
              headers: { ...markers.headersFor(index), 'Content-Type': 'application/json' },
              body: JSON.stringify({ receipt: receipts[index] }),
            });
            await response.body.dump();
            lookups.set(response.statusCode, (lookups.get(response.statusCode) ?? 0) + 1);
          }
        }),
      );
      expect(Object.fromEntries(lookups)).toEqual({ 200: reportCount });
    };
    await run.afterLoad?.(database, lookUpReceipts);

    // Stored exactly once: the store has one report per acknowledged key, found by its receipt.
    const counts = await database.countRows();
    expect(counts['reportal.reports']).toBe(reportCount);
    expect(counts['reportal.idempotency_keys']).toBe(reportCount);
    const hashes = await Promise.all(
      receipts.map((receipt) => {
        const parsed = parseReceipt(receipt);
        if (!parsed.ok) throw new Error(`receipt ${receipt} does not parse: ${parsed.code}`);
        return hashReceipt(parsed.receipt);
      }),
    );
    const [found] = await database.query<{ count: string }>(
      'SELECT count(*) AS count FROM reportal.reports WHERE receipt_hash = ANY($1)',
      [hashes],
    );
    expect(Number(found!.count)).toBe(reportCount);
    const [distinct] = await database.query<{ descriptions: string; reports: string }>(
      `SELECT count(DISTINCT report ->> 'description') AS descriptions, count(*) AS reports
       FROM reportal.reports`,
    );
    expect(distinct).toEqual({ descriptions: String(reportCount), reports: String(reportCount) });
    expect(await storeInvariantViolations(database!, { intakeOnly: true })).toEqual([]);

    await lookUpReceipts();
    const { server, pool } = await live;

    // A retry now, long after the crashes, still gets the first answer and stores nothing.
    const sample = Array.from({ length: 100 }, () => random.integer(0, reportCount - 1));
    for (const index of sample) {
      markedRequests++;
      const response = await pool.request({
        path: '/v1/reports',
        method: 'POST',
        headers: {
          ...markers.headersFor(index),
          'Content-Type': 'application/json',
          'Idempotency-Key': keys[index]!,
        },
        body: bodies[index]!,
      });
      const answer = (await response.body.json()) as { receipt: string };
      expect(response.statusCode).toBe(201);
      expect(response.headers['idempotency-replayed']).toBe('true');
      expect(answer.receipt).toBe(receipts[index]);
    }
    expect((await database.countRows())['reportal.reports']).toBe(reportCount);

    await pool.close();
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    const retried = outcomes.filter((outcome) => outcome!.attempts > 1).length;
    console.log(
      `crash durability (seed ${seed}): ${reportCount} reports in ${loadMs} ms, ` +
        `${kills.length} SIGKILLs (in flight at each: ${kills.map((kill) => kill.inFlight).join(', ')}; ` +
        `restart to listening: ${kills.map((kill) => kill.restartMs).join(', ')} ms), ` +
        `${connectionErrors} connection errors, ${serverErrors} 5xx, ${retried} reports retried, ` +
        `${replays} answered as replays of a commit whose answer was lost; ` +
        `${counts['reportal.cases']} cases, ${counts['reportal.case_history']} history entries` +
        (serveArgs.length > 0 ? ` (serve ${serveArgs.join(' ')})` : ''),
    );
  }
}
