// Finds the encodings of a moment that PostgreSQL (and PGlite) write into files: a commit record's
// microseconds since 2000-01-01 (int64), microseconds or milliseconds or seconds since 1970, and
// the moment as text (ISO 8601 and PostgreSQL's output form). Used by the time-blind scan: after
// a window, no file may hold a moment within two seconds of a report's arrival.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const postgresEpochMs = Date.UTC(2000, 0, 1);

/** One encoding of a moment found in a file. */
export interface TimestampHit {
  file: string;
  offset: number;
  encoding: string;
  /** The moment the bytes encode (ms since 1970). */
  at: number;
}

interface IntegerEncoding {
  name: string;
  bytes: 4 | 8;
  /** The integer for a moment (ms since 1970). */
  encode(ms: number): bigint;
  decode(value: bigint): number;
}

const integerEncodings: IntegerEncoding[] = [
  {
    name: 'microseconds since 2000 (int64)',
    bytes: 8,
    encode: (ms) => BigInt(ms - postgresEpochMs) * 1000n,
    decode: (value) => Number(value / 1000n) + postgresEpochMs,
  },
  {
    name: 'microseconds since 1970 (int64)',
    bytes: 8,
    encode: (ms) => BigInt(ms) * 1000n,
    decode: (value) => Number(value / 1000n),
  },
  {
    name: 'milliseconds since 1970 (int64)',
    bytes: 8,
    encode: (ms) => BigInt(ms),
    decode: (value) => Number(value),
  },
  {
    name: 'seconds since 1970 (int64)',
    bytes: 8,
    encode: (ms) => BigInt(Math.floor(ms / 1000)),
    decode: (value) => Number(value) * 1000,
  },
  {
    name: 'seconds since 1970 (int32)',
    bytes: 4,
    encode: (ms) => BigInt(Math.floor(ms / 1000)),
    decode: (value) => Number(value) * 1000,
  },
];

/** Every offset of `needle` in `haystack`. */
function offsetsOf(haystack: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * The encodings of any moment within [from, to] (ms since 1970, a span of seconds) in `bytes`,
 * little-endian as on x86-64 and WebAssembly. An int64 is found by its high 32 bits (the same few
 * values across a span of seconds), then its low 32 bits checked.
 */
export function findTimestamps(bytes: Buffer, from: number, to: number, file = ''): TimestampHit[] {
  const hits: TimestampHit[] = [];
  for (const encoding of integerEncodings) {
    const low = encoding.encode(from);
    const high = encoding.encode(to);
    if (encoding.bytes === 4) {
      for (let value = low; value <= high; value++) {
        const needle = Buffer.alloc(4);
        needle.writeUInt32LE(Number(value));
        for (const offset of offsetsOf(bytes, needle)) {
          hits.push({ file, offset, encoding: encoding.name, at: encoding.decode(value) });
        }
      }
      continue;
    }
    for (let word = low >> 32n; word <= high >> 32n; word++) {
      const needle = Buffer.alloc(4);
      needle.writeUInt32LE(Number(word));
      for (const at of offsetsOf(bytes, needle)) {
        const offset = at - 4;
        if (offset < 0) continue;
        const value = bytes.readBigInt64LE(offset);
        if (value >= low && value <= high) {
          hits.push({ file, offset, encoding: encoding.name, at: encoding.decode(value) });
        }
      }
    }
  }
  for (let second = Math.floor(from / 1000); second <= Math.floor(to / 1000); second++) {
    const iso = new Date(second * 1000).toISOString().slice(0, 19);
    for (const text of [iso, iso.replace('T', ' ')]) {
      for (const offset of offsetsOf(bytes, Buffer.from(text))) {
        hits.push({ file, offset, encoding: `text "${text}"`, at: second * 1000 });
      }
    }
  }
  return hits;
}

/** Every file under `folder`, recursively. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** The encodings of moments within `marginMs` of any of `moments`, in every file under the folders. */
export function scanFolders(
  folders: readonly string[],
  moments: readonly number[],
  marginMs = 2_000,
): TimestampHit[] {
  const hits: TimestampHit[] = [];
  for (const file of folders.flatMap(filesUnder)) {
    const bytes = readFileSync(file);
    for (const moment of moments) {
      hits.push(...findTimestamps(bytes, moment - marginMs, moment + marginMs, file));
    }
  }
  return hits;
}
