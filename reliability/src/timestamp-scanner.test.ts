import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimestamps } from './timestamp-scanner.js';

const start = Date.UTC(2026, 0, 1);
const end = Date.UTC(2030, 0, 1);

/** `value` written little-endian in `bytes` at `offset`. */
function plant(bytes: Buffer, offset: number, value: bigint, size: 4 | 8) {
  if (size === 8) bytes.writeBigInt64LE(value, offset);
  else bytes.writeUInt32LE(Number(value), offset);
}

describe('the timestamp scanner', () => {
  it('finds a moment in every encoding PostgreSQL writes, at any offset, and the moment it is', () => {
    const encodings: [string, (ms: number) => bigint, 4 | 8][] = [
      ['microseconds since 2000 (int64)', (ms) => BigInt(ms - Date.UTC(2000, 0, 1)) * 1000n, 8],
      ['microseconds since 1970 (int64)', (ms) => BigInt(ms) * 1000n, 8],
      ['milliseconds since 1970 (int64)', (ms) => BigInt(ms), 8],
      ['seconds since 1970 (int32)', (ms) => BigInt(Math.floor(ms / 1000)), 4],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: -1_999, max: 1_999 }),
        fc.integer({ min: 0, max: 4_000 }),
        fc.constantFrom(...encodings),
        (moment, shift, offset, [name, encode, size]) => {
          const bytes = randomBytes(4_096 + 8);
          plant(bytes, offset, encode(moment + shift), size);
          const hits = findTimestamps(bytes, moment - 2_000, moment + 2_000);
          const hit = hits.find((found) => found.encoding === name && found.offset === offset);
          expect(hit).toBeDefined();
          expect(Math.abs(hit!.at - (moment + shift))).toBeLessThan(1_000);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the moment as text, and nothing outside the span', () => {
    const moment = Date.UTC(2026, 11, 5, 15, 12, 8, 144);
    const text = Buffer.from('commit at 2026-12-05 15:12:08.140935+00 and 2026-12-05T15:12:09');
    expect(findTimestamps(text, moment - 2_000, moment + 2_000).map((hit) => hit.encoding)).toEqual(
      ['text "2026-12-05 15:12:08"', 'text "2026-12-05T15:12:09"'],
    );
    const far = Buffer.alloc(16);
    far.writeBigInt64LE(BigInt(moment + 5_000 - Date.UTC(2000, 0, 1)) * 1000n, 4);
    expect(findTimestamps(far, moment - 2_000, moment + 2_000)).toEqual([]);
  });
});
