import { synchronousCrypto } from './platform-crypto.js';
import { randomBytes } from './web-crypto.js';

/** Options of `sealText` and `openSealedText`. */
export interface SealedTextOptions {
  /**
   * What the key is derived from, by one SHA-256: it must already be hard to guess (a client's
   * random `Idempotency-Key`, say), since no stretching could make up for a guessable one.
   */
  keyMaterial: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Seals a text with AES-256-GCM under a key derived from `options.keyMaterial`, as
 * `<iv>.<ciphertext and tag>` in base64. node:crypto seals on Node, Web Crypto elsewhere: the
 * same bytes for the same iv, so either opens what the other sealed.
 *
 * @example
 * ```ts
 * const sealed = await sealText('{"receipt":"7K2M-9QXD-0000-0000-0000-0000"}', {
 *   keyMaterial: `answers\u0000${idempotencyKey}`,
 * });
 * await openSealedText(sealed, { keyMaterial: `answers\u0000${idempotencyKey}` }); // the text
 * ```
 */
export async function sealText(text: string, options: SealedTextOptions): Promise<string> {
  const iv = randomBytes(12);
  const sealed = synchronousCrypto
    ? synchronousCrypto.sealText(text, options.keyMaterial, iv)
    : new Uint8Array(
        await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> },
          await sealingKey(options.keyMaterial),
          encoder.encode(text),
        ),
      );
  return `${toBase64(iv)}.${toBase64(sealed)}`;
}

/**
 * Opens a text sealed by `sealText`; `undefined` when it is not one, or the key material does
 * not open it.
 *
 * @example
 * ```ts
 * const text = await openSealedText(sealed, { keyMaterial: `answers\u0000${idempotencyKey}` });
 * if (text === undefined) {
 *   // another key, or not a sealed text
 * }
 * ```
 */
export async function openSealedText(
  sealed: string,
  options: SealedTextOptions,
): Promise<string | undefined> {
  const [iv, data] = sealed.split('.');
  if (!iv || !data) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv) },
      await sealingKey(options.keyMaterial),
      fromBase64(data),
    );
    return decoder.decode(plain);
  } catch {
    return undefined;
  }
}

async function sealingKey(keyMaterial: string): Promise<CryptoKey> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(keyMaterial));
  return crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}
