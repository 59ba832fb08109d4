import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomBytes, sha256Hex, webCryptoSha256Hex } from './web-crypto.js';

describe('sha256Hex', () => {
  it('hashes text as UTF-8 and bytes as they are', async () => {
    expect(await sha256Hex('ñ/€')).toBe(createHash('sha256').update('ñ/€', 'utf8').digest('hex'));
    const bytes = new Uint8Array([0, 255, 128, 7]);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('gives the same digest through Web Crypto (browsers and workers)', async () => {
    for (const input of [
      'http://www.example.com/gallery/7',
      'ñ/€',
      new Uint8Array([0, 255, 128, 7]),
    ]) {
      expect(await webCryptoSha256Hex(input)).toBe(await sha256Hex(input));
    }
  });
});

describe('randomBytes', () => {
  it('never hands out the same bytes twice across pool refills', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 2000; index++) {
      const bytes = randomBytes(16);
      expect(bytes).toHaveLength(16);
      seen.add(Array.from(bytes).join(','));
    }
    expect(seen.size).toBe(2000);
    expect(randomBytes(1000)).toHaveLength(1000);
  });

  it('gives each caller its own copy', () => {
    const first = randomBytes(8);
    const copy = Uint8Array.from(first);
    randomBytes(8);
    expect(first).toEqual(copy);
  });
});
