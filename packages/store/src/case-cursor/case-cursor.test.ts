import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor.js';

const timestamps = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

describe('the case cursor', () => {
  it('reads back what it wrote, and writes URL-safe text without padding', () => {
    fc.assert(
      // Case ids are UUIDs: printable ASCII covers them (btoa takes Latin-1 only).
      fc.property(timestamps, fc.string(), (createdAt, id) => {
        const cursor = encodeCaseCursor({ createdAt, id });
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeCaseCursor(cursor)).toEqual({ createdAt, id });
      }),
    );
  });

  it('refuses what is not one of its cursors', () => {
    const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
    for (const text of [
      '',
      'not a cursor',
      '%%%',
      encode({ createdAt: '2025-03-10T09:00:00.000Z', id: 'a' }),
      encode(['2025-03-10T09:00:00.000Z']),
      encode(['2025-03-10T09:00:00.000Z', 'a', 'b']),
      encode(['not a time', 'a']),
      encode([1, 'a']),
      encode(['2025-03-10T09:00:00.000Z', 2]),
    ]) {
      expect(decodeCaseCursor(text)).toBeUndefined();
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cursor = decodeCaseCursor(text);
        if (cursor) expect(Number.isNaN(Date.parse(cursor.createdAt))).toBe(false);
      }),
    );
  });
});
