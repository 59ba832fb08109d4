import { sha256Hex } from '@reportal/core';

/** What a client may send as `Idempotency-Key`: 16 to 255 visible ASCII characters. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{16,255}$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const domain = 'reportal idempotent answer';

interface NodeCrypto {
  createHash(algorithm: string): { update(data: string): { digest(): Uint8Array } };
  createCipheriv(
    algorithm: string,
    key: Uint8Array,
    iv: Uint8Array,
  ): {
    update(data: string, encoding: 'utf8'): Uint8Array;
    final(): Uint8Array;
    getAuthTag(): Uint8Array;
  };
}

// On Node, node:crypto seals synchronously (no trip through Web Crypto's thread pool); the output
// is the same AES-256-GCM under the same key, so either opens what the other sealed.
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

// The sealing key: SHA-256 of the key, its scope and a domain label. An Idempotency-Key has at
// least 16 characters from a client's random source (a UUID in our SDK), so one hash suffices
// as a key derivation; no stretching could make up for a guessable key anyway.
const keyMaterial = (idempotencyKey: string, scope: string) =>
  `${domain}\u0000${scope}\u0000${idempotencyKey}`;

async function sealingKey(idempotencyKey: string, scope: string): Promise<CryptoKey> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    encoder.encode(keyMaterial(idempotencyKey, scope)),
  );
  return crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * Seals the first answer to an idempotent request with a key derived from the client's
 * `Idempotency-Key`: the store keeps only the sealed text and a hash of the key, so the receipt
 * inside the answer cannot be read from the store, yet a retry with the same key gets it back.
 */
export async function sealResponse(
  answer: unknown,
  options: { idempotencyKey: string; scope: string },
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  if (nodeCrypto) {
    const key = nodeCrypto
      .createHash('sha256')
      .update(keyMaterial(options.idempotencyKey, options.scope))
      .digest();
    const cipher = nodeCrypto.createCipheriv('aes-256-gcm', key, iv);
    const parts = [
      cipher.update(JSON.stringify(answer), 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ];
    return `${toBase64(iv)}.${toBase64(concatBytes(parts))}`;
  }
  const key = await sealingKey(options.idempotencyKey, options.scope);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      key,
      encoder.encode(JSON.stringify(answer)),
    ),
  );
  return `${toBase64(iv)}.${toBase64(sealed)}`;
}

/** Opens an answer sealed by `sealResponse`; `undefined` when the key does not open it. */
export async function openSealedResponse(
  sealed: string,
  options: { idempotencyKey: string; scope: string },
): Promise<unknown> {
  const [iv, data] = sealed.split('.');
  if (!iv || !data) return undefined;
  try {
    const key = await sealingKey(options.idempotencyKey, options.scope);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv) },
      key,
      fromBase64(data),
    );
    return JSON.parse(decoder.decode(plain));
  } catch {
    return undefined;
  }
}

/** The hash under which an `Idempotency-Key` is stored. */
export function hashIdempotencyKey(idempotencyKey: string, scope: string): Promise<string> {
  return sha256Hex(`reportal-idempotency:${scope}:${idempotencyKey}`);
}

/** The fingerprint of a body: its SHA-256, byte for byte. */
export function fingerprintBody(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return sha256Hex(bytes);
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((size, part) => size + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}
