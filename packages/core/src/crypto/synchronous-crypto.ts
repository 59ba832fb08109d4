/**
 * What a platform can hash and seal without waiting: Node's node:crypto does both synchronously,
 * several times faster than Web Crypto for the short inputs of one report (no trip through a
 * thread pool). The `#crypto` import gives it on Node and `undefined` elsewhere, where Web Crypto
 * gives the same bytes.
 */
export interface SynchronousCrypto {
  /** Hex SHA-256 of a string's UTF-8 bytes, or of bytes. */
  sha256Hex(input: string | Uint8Array): string;
  /**
   * AES-256-GCM of `text` (UTF-8) under the SHA-256 of `keyMaterial` (UTF-8) with this 12-byte
   * `iv`: the ciphertext followed by the 16-byte tag, as Web Crypto's `encrypt` answers it.
   */
  sealText(text: string, keyMaterial: string, iv: Uint8Array): Uint8Array;
}
