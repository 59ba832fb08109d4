import { randomBytes } from '../crypto/web-crypto.js';

/**
 * A report id: a UUIDv7 whose timestamp is the report's coarsened `receivedAt`, never the exact
 * time of the request, and whose other 74 bits are random. Ids sort by hour of receipt.
 *
 * @example
 * ```ts
 * createReportId(new Date(report.receivedAt)); // '019ab1c0-...-7...'
 * ```
 */
export function createReportId(coarsenedReceivedAt: Date): string {
  const bytes = randomBytes(16);
  let time = coarsenedReceivedAt.getTime();
  for (let index = 5; index >= 0; index--) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
