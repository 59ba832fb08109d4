import { ReportalError } from '../errors/reportal-error.js';
import { synchronousCrypto } from './platform-crypto.js';

/** Hex SHA-256 of a string's UTF-8 bytes (or of bytes), through node:crypto on Node, else Web Crypto. */
export async function sha256Hex(input: string | Uint8Array<ArrayBuffer>): Promise<string> {
  if (synchronousCrypto) return synchronousCrypto.sha256Hex(input);
  return webCryptoSha256Hex(input);
}

/** Hex SHA-256 through Web Crypto alone (what browsers and workers use). */
export async function webCryptoSha256Hex(input: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new ReportalError('crypto_unavailable', 'Web Crypto (crypto.subtle) is not available');
  }
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Small requests are served from a pool filled 4 KiB at a time: one call to the platform's
// source for many receipts and ids (each byte is handed out once, then the pool is refilled).
const poolSize = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/** A new array of bytes from the platform's cryptographic random source. */
export function randomBytes(length: number): Uint8Array {
  const crypto = globalThis.crypto;
  if (!crypto?.getRandomValues) {
    throw new ReportalError('crypto_unavailable', 'crypto.getRandomValues is not available');
  }
  if (length > 256) return crypto.getRandomValues(new Uint8Array(length));
  if (poolOffset + length > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(poolSize));
    poolOffset = 0;
  }
  const bytes = pool.slice(poolOffset, poolOffset + length);
  pool.fill(0, poolOffset, poolOffset + length);
  poolOffset += length;
  return bytes;
}
