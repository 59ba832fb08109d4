import { openSealedText, sealText, sha256Hex } from '@reportal/core';

/** What a client may send as `Idempotency-Key`: 16 to 255 visible ASCII characters. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{16,255}$/;

const domain = 'reportal idempotent answer';

// The sealing key is the SHA-256 of the key, its scope and a domain label (sealText's one hash).
// An Idempotency-Key has at least 16 characters from a client's random source (a UUID in our
// SDK), so one hash suffices as a key derivation; no stretching could make up for a guessable key.
const keyMaterial = (idempotencyKey: string, scope: string) =>
  `${domain}\u0000${scope}\u0000${idempotencyKey}`;

/**
 * Seals the first answer to an idempotent request with a key derived from the client's
 * `Idempotency-Key`: the store keeps only the sealed text and a hash of the key, so the receipt
 * inside the answer cannot be read from the store, yet a retry with the same key gets it back.
 * (node:crypto seals on Node, Web Crypto elsewhere: `sealText` of @reportal/core.)
 */
export async function sealResponse(
  answer: unknown,
  options: { idempotencyKey: string; scope: string },
): Promise<string> {
  return sealText(JSON.stringify(answer), {
    keyMaterial: keyMaterial(options.idempotencyKey, options.scope),
  });
}

/** Opens an answer sealed by `sealResponse`; `undefined` when the key does not open it. */
export async function openSealedResponse(
  sealed: string,
  options: { idempotencyKey: string; scope: string },
): Promise<unknown> {
  const text = await openSealedText(sealed, {
    keyMaterial: keyMaterial(options.idempotencyKey, options.scope),
  });
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
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
