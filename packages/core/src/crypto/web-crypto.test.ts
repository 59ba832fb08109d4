import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importWithWebVariant, restorePlatformCrypto } from './platform-crypto.test-support.js';
import * as nodeVariant from './platform-crypto-node.js';
import * as webVariant from './platform-crypto-web.js';
import { randomBytes, sha256Hex, webCryptoSha256Hex } from './web-crypto.js';

const inputs = ['http://www.example.com/gallery/7', 'ñ/€', '', new Uint8Array([0, 255, 128, 7])];

afterEach(restorePlatformCrypto);

describe('sha256Hex', () => {
  it('hashes text as UTF-8 and bytes as they are', async () => {
    expect(await sha256Hex('ñ/€')).toBe(createHash('sha256').update('ñ/€', 'utf8').digest('hex'));
    const bytes = new Uint8Array([0, 255, 128, 7]);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('gives the same digest through Web Crypto (browsers and workers)', async () => {
    for (const input of inputs) {
      expect(await webCryptoSha256Hex(input)).toBe(await sha256Hex(input));
    }
  });

  it('gives the same digest with either variant of #crypto', async () => {
    const web = await importWithWebVariant(() => import('./web-crypto.js'));
    for (const input of inputs) {
      expect(await web.sha256Hex(input)).toBe(await sha256Hex(input));
      expect(nodeVariant.synchronousCrypto?.sha256Hex(input)).toBe(await sha256Hex(input));
    }
  });

  it('has node:crypto on Node and nothing synchronous in the web variant', () => {
    expect(nodeVariant.synchronousCrypto).toBeDefined();
    expect(webVariant.synchronousCrypto).toBeUndefined();
  });

  it('refuses with crypto_unavailable where there is no Web Crypto (web variant)', async () => {
    const web = await importWithWebVariant(() => import('./web-crypto.js'));
    vi.stubGlobal('crypto', undefined);
    try {
      await expect(web.sha256Hex('x')).rejects.toMatchObject({ code: 'crypto_unavailable' });
    } finally {
      vi.unstubAllGlobals();
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
