import { sha256Hex } from '../crypto/web-crypto.js';
import { canonicalizeUrl } from './canonicalize-url.js';

/**
 * The canonical form used for deduplication: Safe Browsing's canonicalization, except that a
 * non-default port is kept (see docs/url-canonicalization.md for each deviation and its reason).
 */
export function canonicalizeUrlForDeduplication(url: string): string {
  return canonicalizeUrl(url, { port: 'keep-non-default' });
}

/**
 * The deduplication key of a reported URL: the hex SHA-256 of its canonical form (Web Crypto, so
 * it runs in browsers, Node and workers alike). Two reports of the same content share a key.
 *
 * @example
 * ```ts
 * (await urlKey('http://EXAMPLE.com/a/../b')) === (await urlKey('http://example.com/b')); // true
 * ```
 */
export async function urlKey(url: string): Promise<string> {
  return sha256Hex(canonicalizeUrlForDeduplication(url));
}
