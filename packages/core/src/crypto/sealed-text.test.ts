import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importWithWebVariant, restorePlatformCrypto } from './platform-crypto.test-support.js';
import * as nodeVariant from './platform-crypto-node.js';
import { openSealedText, sealText } from './sealed-text.js';

const keyMaterial = 'answers\u0000public\u00005f0c3c8e-1d7e-4b8e-a1f4-0d3b2f6e9a10';

afterEach(restorePlatformCrypto);

describe('sealText', () => {
  it('seals a text that only the same key material opens', async () => {
    const text = '{"receipt":"7K2M-9QXD-0000-0000-0000-0000"}';
    const sealed = await sealText(text, { keyMaterial });
    expect(sealed).toMatch(/^[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain('7K2M');
    expect(await openSealedText(sealed, { keyMaterial })).toBe(text);
    expect(await openSealedText(sealed, { keyMaterial: `${keyMaterial}x` })).toBeUndefined();
    expect(await openSealedText('garbage', { keyMaterial })).toBeUndefined();
    expect(await openSealedText('not base64!.at all', { keyMaterial })).toBeUndefined();
  });

  it('seals with a new iv each time', async () => {
    expect(await sealText('same', { keyMaterial })).not.toBe(
      await sealText('same', { keyMaterial }),
    );
  });

  it('gives the same bytes with node:crypto as with Web Crypto, so each opens what the other sealed', async () => {
    const web = await importWithWebVariant(() => import('./sealed-text.js'));
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary' }),
        fc.string({ minLength: 1 }),
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        async (text, material, iv) => {
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
          const key = await crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt']);
          const webBytes = new Uint8Array(
            await crypto.subtle.encrypt(
              { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> },
              key,
              new TextEncoder().encode(text),
            ),
          );
          expect(nodeVariant.synchronousCrypto?.sealText(text, material, iv)).toEqual(
            Buffer.from(webBytes),
          );
        },
      ),
      { numRuns: 100 },
    );
    const text = 'ñ/€ {"status":"received"}';
    expect(await web.openSealedText(await sealText(text, { keyMaterial }), { keyMaterial })).toBe(
      text,
    );
    expect(await openSealedText(await web.sealText(text, { keyMaterial }), { keyMaterial })).toBe(
      text,
    );
  });
});
