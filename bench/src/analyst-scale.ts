// The analyst side at a hotline's scale: one PostgreSQL store grown through the store's public API
// to each size in turn (10,000, 100,000, 1,000,000 cases by default), and at each size the
// analyst API's reads timed through a real server process (p50 and p99 of sequential requests),
// a bulk action of 500 cases, and the server's memory.
import { createAccessToken } from '@reportal/server';
import { createPostgresStore } from '@reportal/store-postgres';
import pg from 'pg';
import { fillCases } from './analyst/fill-cases.js';
import { rssMiB, startServer } from './server-process.js';

/** One timed read (or action) at one store size. */
export interface AnalystFigure {
  cases: number;
  read: string;
  p50Ms: number;
  p99Ms: number;
  /** HTTP status of the answers (all the same, or the first that differed). */
  status: number;
}

/** Options of `measureAnalystScale`. */
export interface AnalystScaleOptions {
  sizes: number[];
  /** Timed requests per read and size (after 3 unmeasured ones). */
  samples: number;
  databaseUrl: string;
  /** Called with progress lines (filling takes minutes at 1,000,000 cases). */
  log?: (line: string) => void;
}

const until = new Date('2026-11-30T00:00:00.000Z');
const portal = 'bz';

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

/** Times `samples` sequential requests made by `request` (after up to three warm-up ones). */
async function timeRead(
  request: (sample: number) => Promise<Response>,
  samples: number,
  /** Warm-up requests skipped from the front (their samples are -3 to -1). */
  skipWarmUps = 0,
): Promise<{ p50Ms: number; p99Ms: number; status: number }> {
  let status = 0;
  const durations: number[] = [];
  for (let sample = -3 + skipWarmUps; sample < samples; sample += 1) {
    const started = performance.now();
    const response = await request(sample);
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (status === 0 || (response.status !== status && status < 400)) status = response.status;
    if (sample >= 0) durations.push(elapsed);
  }
  durations.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50Ms: round(percentile(durations, 0.5)),
    p99Ms: round(percentile(durations, 0.99)),
    status,
  };
}

/**
 * Grows one store to each size and times the analyst reads at each: metrics, the queue (first
 * page, a page 20 pages deep, oldest first), host search, the host view, the transparency report
 * and a bulk action of 500 cases. Reads the API answers 404 for (a route this version lacks) are
 * reported with that status.
 */
export async function measureAnalystScale(options: AnalystScaleOptions): Promise<{
  figures: AnalystFigure[];
  serverRssMiB: { cases: number; rssMiB: number }[];
  fillSeconds: { cases: number; seconds: number }[];
}> {
  const log = options.log ?? (() => {});
  const schema = `reportal_bench_analyst_${process.pid}`;
  const store = await createPostgresStore({
    connectionString: options.databaseUrl,
    schema,
    maxConnections: 16,
  });
  const { token } = await createAccessToken({ store, role: 'supervisor', label: 'Benchmark' });
  const server = await startServer({
    name: 'analyst server',
    script: 'analyst-server.ts',
    args: ['--schema', schema],
  });
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const get = (path: string) => fetch(`${server.url}${path}`, { headers });
  const figures: AnalystFigure[] = [];
  const serverRssMiB: { cases: number; rssMiB: number }[] = [];
  const fillSeconds: { cases: number; seconds: number }[] = [];
  try {
    let filled = 0;
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      const started = performance.now();
      await fillCases(store, {
        portal,
        cases: size - filled,
        firstCase: filled,
        until,
        concurrency: 32,
        seed: 1,
        progress: (done) => log(`  filled ${(filled + done).toLocaleString('en')} cases`),
      });
      fillSeconds.push({ cases: size, seconds: Math.round((performance.now() - started) / 1000) });
      filled = size;
      log(`  ${size.toLocaleString('en')} cases; timing the analyst reads`);

      // A cursor 20 pages (1,000 cases) into the queue, for the deep page.
      let deepCursor: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const cursor: string = deepCursor ? `&cursor=${encodeURIComponent(deepCursor)}` : '';
        const response = await get(`/v1/cases?limit=50${cursor}`);
        deepCursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
        if (!deepCursor) break;
      }
      const reads: [string, (sample: number) => Promise<Response>][] = [
        ['GET /v1/metrics (all time)', () => get('/v1/metrics')],
        ['GET /v1/cases (first page of 50)', () => get('/v1/cases?limit=50')],
        [
          'GET /v1/cases (page 21 of 50)',
          () => get(`/v1/cases?limit=50&cursor=${encodeURIComponent(deepCursor ?? '')}`),
        ],
        [
          'GET /v1/cases?sort=oldest (open, first page)',
          () => get('/v1/cases?limit=50&sort=oldest&state=received'),
        ],
        [
          'GET /v1/cases?host= (a large host)',
          () => get('/v1/cases?limit=50&host=www.host-1.test'),
        ],
        [
          'GET /v1/cases?host= (a small host)',
          (sample) => get(`/v1/cases?limit=50&host=host-${200 + sample}.test`),
        ],
        ['GET /v1/hosts (first page)', () => get('/v1/hosts?limit=50')],
        ['GET /v1/reports/transparency?year=2026', () => get('/v1/reports/transparency?year=2026')],
      ];
      for (const [read, request] of reads) {
        figures.push({ cases: size, read, ...(await timeRead(request, options.samples)) });
      }

      // A bulk action of 500: claim 500 received cases (other ones at each sample).
      const received: string[] = [];
      let cursor: string | null = null;
      while (received.length < 500 * 4) {
        const page: Response = await get(
          `/v1/cases?limit=100&state=received${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        const body = (await page.json()) as {
          items: { id: string; version: number }[];
          nextCursor: string | null;
        };
        received.push(...body.items.map((item) => `${item.id} ${item.version}`));
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      // Each sample claims 500 other received cases; the first batch is the warm-up.
      const batches = Math.floor(received.length / 500);
      let call = 0;
      const bulk = await timeRead(
        async () => {
          const batch = received.slice(call * 500, (call + 1) * 500);
          call += 1;
          return fetch(`${server.url}/v1/cases/events`, {
            method: 'POST',
            headers: {
              ...headers,
              'Content-Type': 'application/json',
              'Idempotency-Key': `bench-bulk-${size}-${call}-${process.pid}`,
            },
            body: JSON.stringify({
              caseIds: batch.map((entry) => entry.split(' ')[0]),
              event: { type: 'claim' },
            }),
          });
        },
        Math.max(1, batches - 1),
        2,
      );
      figures.push({ cases: size, read: 'POST /v1/cases/events (500 cases)', ...bulk });
      serverRssMiB.push({ cases: size, rssMiB: rssMiB(server.child.pid!) });
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await store.close();
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  return { figures, serverRssMiB, fillSeconds };
}
