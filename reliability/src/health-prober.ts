// Measures GET /healthz latency from a process of its own, so that the flood's load generator
// (in the test process) cannot delay the measurement: one keep-alive connection, one probe every
// `intervalMs` until `durationMs` have passed; prints the latencies as JSON on stdout.
// Usage: node --import tsx health-prober.ts <url> <intervalMs> <durationMs> <headers as JSON>
import { Agent, request } from 'node:http';

const [url, intervalText, durationText, headersText] = process.argv.slice(2);
const intervalMs = Number(intervalText);
const durationMs = Number(durationText);
const headers = JSON.parse(headersText ?? '{}') as Record<string, string>;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function probe(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const outgoing = request(`${url}/healthz`, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode === 200) resolve(performance.now() - started);
        else reject(new Error(`status ${response.statusCode}`));
      });
    });
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const latencies: number[] = [];
const failures: string[] = [];
const end = performance.now() + durationMs;
while (performance.now() < end) {
  const next = performance.now() + intervalMs;
  try {
    latencies.push(await probe());
  } catch (error) {
    failures.push((error as Error).message);
  }
  const wait = next - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
agent.destroy();
process.stdout.write(`${JSON.stringify({ latencies, failures })}\n`);
