// Flood: a burst far over the rate limits, from many client addresses (each flood client binds
// a loopback source address of its own, 127.0.0.2 to 127.0.0.249, joining one every 20 ms as a
// botnet ramps up) and from one (127.0.0.250), against a server with its default limits (per
// address: a burst of 10, then 10 a minute; for the process: a burst of 300, then 3,000 a
// minute). The limits answer 429 with Retry-After, health checks stay fast (p99 under 50 ms,
// measured from a process of its own), and real reporters who arrive during the flood (from
// 127.0.0.251 to 127.0.0.255) are accepted once they retry as Retry-After tells them.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { leaveSuiteArtifacts } from './audit-artifacts.js';
import { createMarkers } from './markers.js';
import { killAllServers, ServerLogs, type ServerProcess, startServer } from './server-process.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

const floodMs = 12_000;
const manyAddresses = Array.from({ length: 248 }, (_, index) => `127.0.0.${index + 2}`);
const oneAddress = '127.0.0.250';
const oneAddressConnections = 32;
const rampStepMs = 20;
const reporterAddresses = Array.from({ length: 5 }, (_, index) => `127.0.0.${index + 251}`);
const reporterArrivalsMs = [500, 1_000, 1_500, 2_000, 2_500];
const probeIntervalMs = 10;
const healthP99BudgetMs = 50;
const generatorNiceness = 10;
const limits = {
  perClient: { burst: 10, perMinute: 10 },
  global: { burst: 300, perMinute: 3_000 },
};

const markers = createMarkers('flood');
const logs = new ServerLogs();
let database: TestDatabase | undefined;
let server: ServerProcess | undefined;
const pools: Pool[] = [];
let markedRequests = 0;

const delay = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

function floodReport(index: number): string {
  return JSON.stringify({
    schemaVersion: 1,
    portal: 'bz',
    locale: 'en',
    urls: [`https://flood.example.net/item/${index % 50}`],
    description: 'Junk sent to drown real reports.',
    goodFaith: true,
  });
}

interface Answer {
  status: number;
  retryAfter?: string;
}

async function submit(pool: Pool, body: string, index: number): Promise<Answer> {
  markedRequests++;
  const response = await pool.request({
    method: 'POST',
    path: '/v1/reports',
    headers: { ...markers.headersFor(index), 'Content-Type': 'application/json' },
    body,
  });
  await response.body.dump();
  const retryAfter = response.headers['retry-after'];
  return {
    status: response.statusCode,
    ...(typeof retryAfter === 'string' && { retryAfter }),
  };
}

interface ProbeResult {
  latencies: number[];
  failures: string[];
}

/** Runs the health prober in a process of its own for `durationMs`. */
function probeHealth(url: string, durationMs: number): Promise<ProbeResult> {
  const prober = fileURLToPath(new URL('./health-prober.ts', import.meta.url));
  const args = ['--import', 'tsx', prober, url, String(probeIntervalMs), String(durationMs)];
  args.push(JSON.stringify(markers.headersFor(3)));
  const child = spawn(process.execPath, args, {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the health prober failed (${code}): ${stderr}`));
      else resolve(JSON.parse(stdout) as ProbeResult);
    });
  });
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

beforeAll(async () => {
  database = await createTestDatabase('flood');
  server = await startServer({ databaseUrl: database.url, logs });
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.destroy()));
  await killAllServers();
  await leaveSuiteArtifacts(inject('runDirectory'), database, {
    suite: 'flood',
    logs: logs.text(),
    sent: {
      tokens: markers.tokens,
      // The loopback source addresses are the flood clients' own addresses: never kept either.
      addresses: [...markers.addresses, ...manyAddresses, oneAddress, ...reporterAddresses],
      markedRequests,
    },
  });
});

describe('flood', () => {
  it('answers 429 with Retry-After past the limits, keeps health checks fast and lets real reporters in', async () => {
    const url = server!.url;
    const manyPools = manyAddresses.map(
      (localAddress) => new Pool(url, { connections: 1, localAddress }),
    );
    const onePool = new Pool(url, { connections: oneAddressConnections, localAddress: oneAddress });
    const reporterPools = reporterAddresses.map(
      (localAddress) => new Pool(url, { connections: 1, localAddress }),
    );
    pools.push(...manyPools, onePool, ...reporterPools);

    const stats = {
      many: { sent: 0, statuses: {} as Record<number, number>, retryAfters: new Set<string>() },
      one: { sent: 0, statuses: {} as Record<number, number>, retryAfters: new Set<string>() },
      acceptedPerAddress: new Map<string, number>(),
      badRetryAfter: [] as Answer[],
      errors: [] as string[],
    };
    // The attackers' machines are not the server's: on a shared machine the load generator
    // (this process) yields the CPU to the server and the health prober.
    setPriority(generatorNiceness);
    const started = Date.now();
    const deadline = started + floodMs;
    const probing = probeHealth(url, floodMs);
    const flooder = async (pool: Pool, address: string, group: 'many' | 'one', startMs: number) => {
      await delay(startMs);
      const body = floodReport(stats[group].sent);
      while (Date.now() < deadline) {
        const index = stats[group].sent++;
        try {
          const answer = await submit(pool, body, index);
          const counts = stats[group].statuses;
          counts[answer.status] = (counts[answer.status] ?? 0) + 1;
          if (answer.status === 201) {
            stats.acceptedPerAddress.set(address, (stats.acceptedPerAddress.get(address) ?? 0) + 1);
          }
          if (answer.status === 429) {
            if (!answer.retryAfter || !/^[1-9]\d*$/.test(answer.retryAfter))
              stats.badRetryAfter.push(answer);
            else stats[group].retryAfters.add(answer.retryAfter);
          }
        } catch (error) {
          stats.errors.push(`${address}: ${(error as Error).message}`);
          await delay(50);
        }
      }
    };
    const flood = Promise.all([
      ...manyPools.map((pool, index) =>
        flooder(pool, manyAddresses[index]!, 'many', index * rampStepMs),
      ),
      ...Array.from({ length: oneAddressConnections }, () =>
        flooder(onePool, oneAddress, 'one', 0),
      ),
    ]);

    // Real reporters arrive during the flood; each retries after the Retry-After it is given.
    const body = JSON.stringify({
      schemaVersion: 1,
      portal: 'bz',
      locale: 'es',
      urls: ['https://real-report.example.org/gallery/1'],
      goodFaith: true,
    });
    const reporters = await Promise.all(
      reporterPools.map(async (pool, reporter) => {
        await delay(reporterArrivalsMs[reporter]!);
        const attempts: (Answer & { atMs: number })[] = [];
        for (let attempt = 0; attempt < 15 && Date.now() < deadline; attempt++) {
          const answer = await submit(pool, body, reporter + attempt);
          attempts.push({ ...answer, atMs: Date.now() - started });
          if (answer.status !== 429) break;
          await delay(Number(answer.retryAfter) * 1000);
        }
        return attempts;
      }),
    );

    await flood;
    const floodSeconds = (Date.now() - started) / 1000;
    const health = await probing;
    markedRequests += health.latencies.length + health.failures.length;

    // The limits answered, with Retry-After, and held.
    expect(stats.errors.slice(0, 5)).toEqual([]);
    expect(stats.badRetryAfter.slice(0, 5)).toEqual([]);
    const sent = stats.many.sent + stats.one.sent;
    const globalAllowance =
      limits.global.burst + Math.ceil((limits.global.perMinute / 60) * floodSeconds);
    expect(sent).toBeGreaterThan(10 * globalAllowance);
    const accepted = [...stats.acceptedPerAddress.values()].reduce((sum, count) => sum + count, 0);
    expect(accepted + reporters.length).toBeLessThanOrEqual(globalAllowance);
    const perClientAllowance =
      limits.perClient.burst + Math.ceil((limits.perClient.perMinute / 60) * floodSeconds);
    for (const [address, count] of stats.acceptedPerAddress) {
      expect(count, address).toBeLessThanOrEqual(perClientAllowance);
    }
    expect(stats.one.statuses[429]).toBeGreaterThan(0.95 * stats.one.sent);
    expect(stats.many.statuses[429]).toBeGreaterThan(0.8 * stats.many.sent);
    // Both limits spoke: the global one (Retry-After 1) and the per-address one (up to 6 s).
    expect(stats.many.retryAfters.has('1')).toBe(true);
    expect(Math.max(...[...stats.one.retryAfters].map(Number))).toBeGreaterThanOrEqual(5);

    // Every reporter got in during the flood, at the latest after retrying as told; at least
    // one was first refused (it arrived while the process-wide limit was spent).
    for (const attempts of reporters) {
      expect(attempts.at(-1)?.status, JSON.stringify(attempts)).toBe(201);
      expect(attempts.slice(0, -1).every((answer) => answer.status === 429)).toBe(true);
    }
    expect(reporters.some((attempts) => attempts.length > 1)).toBe(true);

    // Health checks stayed fast throughout.
    expect(health.failures).toEqual([]);
    expect(health.latencies.length).toBeGreaterThan(200);
    const p50 = percentile(health.latencies, 0.5);
    const p99 = percentile(health.latencies, 0.99);
    expect(p99).toBeLessThan(healthP99BudgetMs);

    // Only the answers with 201 stored anything; the server is still up.
    const counts = await database!.countRows();
    expect(counts['reportal.reports']).toBe(accepted + reporters.length);
    expect(server!.running()).toBe(true);

    console.log(
      `flood: ${sent} requests in ${floodSeconds.toFixed(1)} s (${Math.round(sent / floodSeconds)}/s) — ` +
        `${manyAddresses.length} addresses: ${JSON.stringify(stats.many.statuses)}, Retry-After ${[...stats.many.retryAfters].join('/')} s; ` +
        `one address: ${JSON.stringify(stats.one.statuses)}, Retry-After ${[...stats.one.retryAfters].join('/')} s; ` +
        `${accepted} flood reports accepted (global allowance ${globalAllowance}); ` +
        `/healthz during the flood: ${health.latencies.length} probes, p50 ${p50.toFixed(1)} ms, ` +
        `p99 ${p99.toFixed(1)} ms, max ${Math.max(...health.latencies).toFixed(1)} ms; ` +
        `reporters: ${reporters
          .map((attempts) =>
            attempts
              .map(
                (answer) =>
                  `${answer.status}${answer.retryAfter ? ` (Retry-After ${answer.retryAfter} s)` : ''} at ${answer.atMs} ms`,
              )
              .join(' → '),
          )
          .join('; ')}`,
    );
    expect(await server!.stop()).toEqual({ code: 0, signal: null });
  });
});
