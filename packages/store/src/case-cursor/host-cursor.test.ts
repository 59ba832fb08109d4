import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHostCursor, encodeHostCursor } from './host-cursor.js';

const hosts = fc.stringMatching(/^[\x21-\x7e]{1,80}$/);

describe('the host cursor', () => {
  it('reads back what it wrote, as URL-safe text', () => {
    fc.assert(
      fc.property(fc.nat(), hosts, (openCases, host) => {
        const cursor = encodeHostCursor({ openCases, host });
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeHostCursor(cursor)).toEqual({ openCases, host });
      }),
    );
  });

  it('refuses what is not one of its cursors, a case cursor included, and never throws', () => {
    const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
    for (const text of [
      '',
      '%%%',
      encode(['2025-03-10T09:00:00.000Z', 'a']),
      encode(['h', -1, 'example.com']),
      encode(['h', 1.5, 'example.com']),
      encode(['h', 1, '']),
      encode(['h', 1, 'example.com', 2]),
    ]) {
      expect(decodeHostCursor(text)).toBeUndefined();
    }
    fc.assert(fc.property(fc.string(), (text) => void decodeHostCursor(text)));
  });
});
