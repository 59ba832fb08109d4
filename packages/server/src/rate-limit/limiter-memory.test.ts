import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/measure-limiter-memory.ts', import.meta.url));

describe('the in-memory rate limiter under many addresses', () => {
  it('keeps at most 100,000 buckets, under 32 MiB of heap, after 200,000 distinct addresses', async () => {
    // In a process of its own, with a forced full collection before each reading.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', script, '200000'],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), timeout: 120_000 },
    );
    const measured = JSON.parse(stdout.trim()) as {
      addresses: number;
      buckets: number;
      maxBuckets: number;
      heapBytes: number;
    };
    expect(measured.addresses).toBe(200_000);
    expect(measured.buckets).toBe(measured.maxBuckets);
    expect(measured.heapBytes).toBeLessThan(32 * 1024 * 1024);
  }, 150_000);
});
