/**
 * A fresh `Idempotency-Key`: a random UUID, or 32 random hex digits where `crypto.randomUUID` is
 * missing (browsers offer it only in secure contexts; `getRandomValues` works everywhere).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
