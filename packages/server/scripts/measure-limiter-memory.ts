// Measures the heap the in-memory rate limiter keeps after checks from many distinct client
// addresses. Run with `node --expose-gc --import tsx scripts/measure-limiter-memory.ts [count]`;
// prints one JSON line: { addresses, buckets, maxBuckets, heapBytes }.
import { createMemoryRateLimitBackend } from '../src/rate-limit/memory-backend.js';
import { createRateLimiter } from '../src/rate-limit/rate-limiter.js';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');
const count = Number(process.argv[2] ?? 200_000);
const backend = createMemoryRateLimitBackend();
// A clock that stands still: a real one may cross the hourly secret rotation during the run,
// which forgets every bucket (as it should) and leaves too few to measure.
const start = Date.now();
const limiter = createRateLimiter({ backend, global: false }, () => start);
// Warm the code paths (and the secret) before the baseline.
await limiter.check('192.0.2.1');
collect();
const baseline = process.memoryUsage().heapUsed;
for (let index = 0; index < count; index++) {
  // Distinct addresses of both families: IPv4 across 198.18.0.0/15 (benchmarking range) and IPv6
  // /64s of 2001:db8::/32.
  const address =
    index % 2 === 0
      ? `198.${18 + ((index >> 16) & 1)}.${(index >> 8) & 255}.${index & 255}`
      : `2001:db8:${(index >> 16).toString(16)}:${(index & 0xffff).toString(16)}::1`;
  await limiter.check(address);
}
collect();
const heapBytes = process.memoryUsage().heapUsed - baseline;
console.log(
  JSON.stringify({ addresses: count, buckets: backend.size, maxBuckets: 100_000, heapBytes }),
);
