import autocannon from 'autocannon';
import { peakRssMiB, type ServerTarget, startServer } from './server-process.js';

/**
 * One target of the intake benchmark: a server process to start and measure (its script a file
 * in src/servers/, or an absolute path: another checkout, to compare before and after).
 */
export type IntakeTarget = ServerTarget;

/** One measured run: requests per second, latencies, errors, and the server's peak memory. */
export interface IntakeFigure {
  target: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  peakRssMiB: number;
}

function runLoad(url: string, connections: number, seconds: number): Promise<autocannon.Result> {
  let sequence = 0;
  const run = `${process.pid}-${Date.now()}`;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/v1/reports`,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request) => {
              sequence++;
              // One URL in ten repeats an earlier one, so deduplication links reports to open cases.
              const item = sequence % 10 === 0 ? sequence - 5 : sequence;
              request.body = JSON.stringify({
                schemaVersion: 1,
                portal: 'bz',
                locale: 'es',
                urls: [`https://www.example.com/gallery/${run}/${item}?utm_source=share`],
                contentTypes: ['image'],
                whereFound: 'website',
                goodFaith: true,
              });
              request.headers = {
                ...request.headers,
                'idempotency-key': `bench-${run}-${sequence}`,
              };
              return request;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Measures each target at each connection count: `runs` runs of `seconds` after a warm-up, and
 * reports the median run (by requests per second) with its latencies.
 */
export async function measureIntake(options: {
  targets: IntakeTarget[];
  connections: number[];
  runs: number;
  seconds: number;
}): Promise<IntakeFigure[]> {
  const figures: IntakeFigure[] = [];
  for (const target of options.targets) {
    const { child, url } = await startServer(target);
    try {
      await runLoad(url, 8, 1);
      for (const connections of options.connections) {
        const results: autocannon.Result[] = [];
        for (let run = 0; run < options.runs; run++)
          results.push(await runLoad(url, connections, options.seconds));
        const middle = results.find(
          (result) => result.requests.average === median(results.map((r) => r.requests.average)),
        )!;
        figures.push({
          target: target.name,
          connections,
          requestsPerSecond: Math.round(middle.requests.average),
          p50Ms: middle.latency.p50,
          p99Ms: middle.latency.p99,
          non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
          errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
          peakRssMiB: peakRssMiB(child.pid!),
        });
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  return figures;
}
