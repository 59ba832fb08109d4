import { describe, expect, it } from 'vitest';
import {
  hashIdempotencyKey,
  idempotencyKeyPattern,
  openSealedResponse,
  sealResponse,
} from './idempotency.js';

const key = '5f0c3c8e-1d7e-4b8e-a1f4-0d3b2f6e9a10';

describe('idempotency', () => {
  it('seals an answer that only the same key and scope open', async () => {
    const answer = { receipt: '7K2M-9QXD-0000-0000-0000-0000', status: 'received' };
    const sealed = await sealResponse(answer, { idempotencyKey: key, scope: 'public' });
    expect(sealed).not.toContain('7K2M');
    expect(await openSealedResponse(sealed, { idempotencyKey: key, scope: 'public' })).toEqual(
      answer,
    );
    expect(
      await openSealedResponse(sealed, { idempotencyKey: `${key}x`, scope: 'public' }),
    ).toBeUndefined();
    expect(
      await openSealedResponse(sealed, { idempotencyKey: key, scope: 'partner:ngo' }),
    ).toBeUndefined();
    expect(
      await openSealedResponse('garbage', { idempotencyKey: key, scope: 'public' }),
    ).toBeUndefined();
  });

  it('opens with Web Crypto what node:crypto sealed', async () => {
    const answer = { receipt: 'X', status: 'received' };
    const sealed = await sealResponse(answer, { idempotencyKey: key, scope: 'public' });
    const [iv, data] = sealed.split('.') as [string, string];
    const bytes = (text: string) =>
      Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(`reportal idempotent answer\u0000public\u0000${key}`),
    );
    const aes = await crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['decrypt']);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(iv) }, aes, bytes(data));
    expect(JSON.parse(new TextDecoder().decode(plain))).toEqual(answer);
  });

  it('opens what Web Crypto sealed under the same key (answers stored by any platform)', async () => {
    const answer = { receipt: 'Y', status: 'received' };
    const iv = new Uint8Array(12).fill(7);
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(`reportal idempotent answer\u0000public\u0000${key}`),
    );
    const aes = await crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt']);
    const data = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        aes,
        new TextEncoder().encode(JSON.stringify(answer)),
      ),
    );
    const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const sealed = `${base64(iv)}.${base64(data)}`;
    expect(await openSealedResponse(sealed, { idempotencyKey: key, scope: 'public' })).toEqual(
      answer,
    );
    expect(
      await openSealedResponse(sealed, { idempotencyKey: key, scope: 'partner:ngo' }),
    ).toBeUndefined();
  });

  it('hashes keys per scope', async () => {
    expect(await hashIdempotencyKey(key, 'public')).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashIdempotencyKey(key, 'public')).not.toBe(
      await hashIdempotencyKey(key, 'partner:ngo'),
    );
  });

  it('accepts 16 to 255 visible ASCII characters', () => {
    expect(idempotencyKeyPattern.test(key)).toBe(true);
    expect(idempotencyKeyPattern.test('short')).toBe(false);
    expect(idempotencyKeyPattern.test('x'.repeat(256))).toBe(false);
    expect(idempotencyKeyPattern.test('with a space inside it')).toBe(false);
    expect(idempotencyKeyPattern.test('ñññññññññññññññññ')).toBe(false);
  });
});
