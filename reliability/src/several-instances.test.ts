// Several `reportal serve` processes on one PostgreSQL database, as a hotline runs them behind a
// load balancer: the rate limits are one budget for the whole deployment (the store's UNLOGGED
// tables), and killing one process loses no acknowledged report while the others go on.
import { hashReceipt, parseReceipt } from '@reportal/core';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { leaveSuiteArtifacts } from './audit-artifacts.js';
import { createMarkers } from './markers.js';
import { killAllServers, ServerLogs, type ServerProcess, startServer } from './server-process.js';
import { storeInvariantViolations } from './store-invariants.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

const markers = createMarkers('instances');
const logs = new ServerLogs();
let database: TestDatabase | undefined;
let markedRequests = 0;

beforeAll(async () => {
  database = await createTestDatabase('instances');
});

afterAll(async () => {
  await killAllServers();
  await leaveSuiteArtifacts(inject('runDirectory'), database, {
    suite: 'several-instances',
    logs: logs.text(),
    sent: { tokens: markers.tokens, addresses: markers.addresses, markedRequests },
  });
});

const delay = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Three servers on the suite's database, each behind the same (loopback) proxy. */
async function startThree(options: { rateLimit: boolean }): Promise<ServerProcess[]> {
  return Promise.all(
    [0, 1, 2].map(() =>
      startServer({
        databaseUrl: database!.url,
        logs,
        rateLimit: options.rateLimit,
        serveArgs: ['--trust-proxy', 'loopback'],
      }),
    ),
  );
}

describe('several server processes on one database', () => {
  it("hold one reporter to one budget across all of them, and keep reporters' budgets apart", async () => {
    const servers = await startThree({ rateLimit: true });
    const pools = servers.map((server) => new Pool(server.url, { connections: 2 }));
    // A status lookup is a limited public route (default: a burst of 10 per client).
    const lookUp = async (index: number, forwardedFor: string) => {
      markedRequests++;
      const response = await pools[index % 3]!.request({
        path: '/v1/status',
        method: 'POST',
        headers: {
          ...markers.headersFor(index),
          'Content-Type': 'application/json',
          'X-Forwarded-For': forwardedFor,
        },
        body: JSON.stringify({ receipt: 'ABCD-EFGH-JKMN-PQRS' }),
      });
      await response.body.dump();
      return response.statusCode;
    };
    const first: number[] = [];
    for (let index = 0; index < 24; index++) first.push(await lookUp(index, '203.0.113.60'));
    const admitted = first.filter((status) => status !== 429).length;
    // Ten for the whole deployment (eleven if a refill landed during the run), never ten per process.
    expect(admitted).toBeGreaterThanOrEqual(10);
    expect(admitted).toBeLessThanOrEqual(11);
    expect(first.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    // Each of the three processes refused some: the budget is shared, not per process.
    const refusedBy = new Set(
      first.flatMap((status, index) => (status === 429 ? [index % 3] : [])),
    );
    expect(refusedBy.size).toBe(3);
    // Another reporter behind the same proxy, on any process, is not held back.
    for (let index = 0; index < 3; index++) {
      expect(await lookUp(index, '203.0.113.61')).not.toBe(429);
    }
    // An IPv6 reporter's other addresses of the same /64 share its budget.
    const v6: number[] = [];
    for (let index = 0; index < 14; index++) {
      v6.push(await lookUp(index, `2001:db8:60:1::${(index + 1).toString(16)}`));
    }
    expect(v6.filter((status) => status !== 429).length).toBeLessThanOrEqual(11);
    // No address reached the database: the buckets are keyed hashes.
    const buckets = await database!.query<{ key: string }>(
      'SELECT key FROM reportal.rate_limit_buckets',
    );
    expect(buckets.length).toBeGreaterThan(0);
    for (const { key } of buckets) expect(key).not.toMatch(/203\.0\.113|2001:db8|127\.0\.0/);

    await Promise.all(pools.map((pool) => pool.close()));
    for (const server of servers) expect(await server.stop()).toEqual({ code: 0, signal: null });
  });

  it('lose no acknowledged report when one of them is killed', async () => {
    const servers = await startThree({ rateLimit: false });
    const pools = servers.map((server) => new Pool(server.url, { connections: 4 }));
    const reportCount = 600;
    const keys = Array.from(
      { length: reportCount },
      (_, index) => `instances-${index}-${Date.now()}`,
    );
    const body = (index: number) =>
      JSON.stringify({
        schemaVersion: 1,
        portal: 'bz',
        locale: 'en',
        urls: [`https://site-${index % 7}.example.com/instances/${index % 150}`],
        description: `Several instances report ${index}.`,
        goodFaith: true,
      });
    let killed = false;
    let connectionErrors = 0;
    const receipts: string[] = new Array(reportCount);
    const submit = async (index: number) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        // Round-robin as a load balancer would, skipping the dead process once it is known dead.
        const target = (index + attempt) % 3;
        if (killed && target === 0) continue;
        markedRequests++;
        try {
          const response = await pools[target]!.request({
            path: '/v1/reports',
            method: 'POST',
            headers: {
              ...markers.headersFor(index),
              'Content-Type': 'application/json',
              'Idempotency-Key': keys[index]!,
            },
            body: body(index),
          });
          const text = await response.body.text();
          if (response.statusCode === 201) {
            receipts[index] = (JSON.parse(text) as { receipt: string }).receipt;
            return;
          }
          throw new Error(`report ${index}: ${response.statusCode} ${text}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('report ')) throw error;
          connectionErrors++;
          await delay(10);
        }
      }
      throw new Error(`report ${index} was never acknowledged`);
    };
    let next = 0;
    let settled = 0;
    const load = Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < reportCount) {
          const index = next++;
          await submit(index);
          settled++;
        }
      }),
    );
    while (settled < reportCount / 3) await delay(2);
    const exit = await servers[0]!.kill();
    killed = true;
    expect(exit.signal).toBe('SIGKILL');
    await load;
    expect(receipts.filter(Boolean)).toHaveLength(reportCount);
    expect(new Set(receipts).size).toBe(reportCount);
    // Each acknowledged report is stored exactly once.
    const hashes = await Promise.all(
      receipts.map((receipt) => {
        const parsed = parseReceipt(receipt);
        if (!parsed.ok) throw new Error(`receipt ${receipt}: ${parsed.code}`);
        return hashReceipt(parsed.receipt);
      }),
    );
    const [found] = await database!.query<{ count: string }>(
      'SELECT count(*) AS count FROM reportal.reports WHERE receipt_hash = ANY($1)',
      [hashes],
    );
    expect(Number(found!.count)).toBe(reportCount);
    const [all] = await database!.query<{ count: string }>(
      `SELECT count(*) AS count FROM reportal.reports WHERE report ->> 'description' LIKE 'Several instances report %'`,
    );
    expect(Number(all!.count)).toBe(reportCount);
    expect(await storeInvariantViolations(database!, { intakeOnly: true })).toEqual([]);
    console.log(`several instances: ${connectionErrors} requests retried after the kill`);

    await Promise.all(pools.map((pool) => pool.close()));
    for (const server of servers.slice(1)) {
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    }
  });
});
