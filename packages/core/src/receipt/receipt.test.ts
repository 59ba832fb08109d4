import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportalError } from '../errors/reportal-error.js';
import {
  createReceipt,
  formatReceipt,
  hashReceipt,
  parseReceipt,
  RECEIPT_LENGTH,
  type Receipt,
} from './receipt.js';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('receipts', () => {
  it('are 24 Crockford base32 characters, shown in groups of four', () => {
    const receipt = createReceipt();
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    expect(formatReceipt(receipt)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(RECEIPT_LENGTH).toBe(24);
  });

  it('carry at least 100 random bits: 23 random characters and no repeats in 10,000', () => {
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (let index = 0; index < 10_000; index++) {
      const receipt = createReceipt();
      seen.add(receipt);
      for (const character of receipt.slice(0, 23))
        counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect(seen.size).toBe(10_000);
    // 230,000 characters over 32 digits: each about 7,187; a biased source would stray far.
    expect(counts.size).toBe(32);
    for (const count of counts.values()) expect(Math.abs(count - 230_000 / 32)).toBeLessThan(600);
  });

  it('parse as typed: case, spaces, dashes, I, L and O forgiven', () => {
    const receipt = createReceipt();
    const typed = ` ${formatReceipt(receipt).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o')} `;
    expect(parseReceipt(typed)).toEqual({ ok: true, receipt });
    expect(parseReceipt(receipt.replace(/(.{3})/g, '$1 '))).toEqual({ ok: true, receipt });
  });

  it('refuse a wrong length, a foreign character and a wrong check character', () => {
    const receipt = createReceipt();
    expect(parseReceipt(receipt.slice(1))).toEqual({ ok: false, code: 'receipt_length' });
    expect(parseReceipt(`U${receipt.slice(1)}`)).toEqual({ ok: false, code: 'receipt_character' });
    expect(parseReceipt(`${receipt.slice(0, -1)}!`)).toEqual({
      ok: false,
      code: 'receipt_character',
    });
    const wrongCheck = alphabet[(alphabet.indexOf(receipt.at(-1)!) + 1) % 32];
    expect(parseReceipt(`${receipt.slice(0, -1)}${wrongCheck}`)).toEqual({
      ok: false,
      code: 'receipt_check',
    });
  });

  it('round-trip through formatting and parsing (property)', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const receipt = createReceipt();
        expect(parseReceipt(formatReceipt(receipt))).toEqual({ ok: true, receipt });
      }),
      { numRuns: 2000 },
    );
  });

  it('detect any single-character typo (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: RECEIPT_LENGTH - 1 }), fc.nat({ max: 30 }), (position, shift) => {
        const receipt = createReceipt();
        const original = receipt[position]!;
        const replacement = alphabet[(alphabet.indexOf(original) + 1 + shift) % 32]!;
        const typo = receipt.slice(0, position) + replacement + receipt.slice(position + 1);
        expect(parseReceipt(typo).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('detect swapped neighbours (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: RECEIPT_LENGTH - 2 }), (position) => {
        const receipt = createReceipt();
        const [a, b] = [receipt[position]!, receipt[position + 1]!];
        fc.pre(a !== b);
        const swapped = receipt.slice(0, position) + b + a + receipt.slice(position + 2);
        expect(parseReceipt(swapped).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('are stored as the SHA-256 of the canonical form, whatever the spelling', async () => {
    const receipt = createReceipt();
    const expected = createHash('sha256').update(`reportal-receipt:${receipt}`).digest('hex');
    expect(await hashReceipt(receipt)).toBe(expected);
    expect(await hashReceipt(formatReceipt(receipt).toLowerCase())).toBe(expected);
  });

  it('refuse to hash what is not a receipt', async () => {
    const error = await hashReceipt('nope').catch((caught: unknown) => caught);
    expect(ReportalError.isInstance(error)).toBe(true);
    expect((error as ReportalError).code).toBe('invalid_receipt');
  });

  it('brand the parsed type', () => {
    const parsed = parseReceipt(createReceipt());
    if (parsed.ok) {
      const receipt: Receipt = parsed.receipt;
      expect(typeof receipt).toBe('string');
    }
  });
});
