import { ReportalError } from '../errors/reportal-error.js';

/** Hex SHA-256 of a string's UTF-8 bytes, through Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new ReportalError('crypto_unavailable', 'Web Crypto (crypto.subtle) is not available');
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Fills a new array with bytes from the platform's cryptographic random source. */
export function randomBytes(length: number): Uint8Array {
  const crypto = globalThis.crypto;
  if (!crypto?.getRandomValues) {
    throw new ReportalError('crypto_unavailable', 'crypto.getRandomValues is not available');
  }
  return crypto.getRandomValues(new Uint8Array(length));
}
