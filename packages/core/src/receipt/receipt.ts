import { randomBytes, sha256Hex } from '../crypto/web-crypto.js';
import { ReportalError } from '../errors/reportal-error.js';

/** Crockford's base32 digits: no I, L, O or U. */
const digits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Crockford's check symbols: the 32 digits, then `*~$=U` for the values 32 to 36. */
const checkSymbols = `${digits}*~$=U`;

/** Random characters in a receipt: 23 x 5 = 115 bits, minus 0.2 for the check-digit rule below. */
export const RECEIPT_RANDOM_LENGTH = 23;
/** Characters in a receipt, the check character included. */
export const RECEIPT_LENGTH = RECEIPT_RANDOM_LENGTH + 1;
const groupSize = 4;

/** A receipt in its canonical form: 24 upper-case Crockford base32 characters, no separators. */
export type Receipt = string & { readonly __brand: 'Receipt' };

/** The outcome of `parseReceipt`. */
export type ParseReceiptResult =
  | { ok: true; receipt: Receipt }
  | { ok: false; code: 'receipt_length' | 'receipt_character' | 'receipt_check' };

/**
 * Creates a receipt: 115 random bits from the platform's cryptographic source, in Crockford
 * base32 with a check character. Only letters and digits are used (the check character is
 * always one of the 32 digits), so a receipt reads aloud and types easily.
 *
 * @example
 * ```ts
 * const receipt = createReceipt();
 * formatReceipt(receipt); // '7K2M-9QXD-...'
 * ```
 */
export function createReceipt(): Receipt {
  for (;;) {
    const bytes = randomBytes(RECEIPT_RANDOM_LENGTH);
    let body = '';
    for (const byte of bytes) body += digits[byte & 31];
    const check = checkValue(body);
    // Redraw the rare receipts whose check would be one of the symbols *~$=U.
    if (check < 32) return (body + checkSymbols[check]) as Receipt;
  }
}

/** Shows a receipt in groups of four: `7K2M-9QXD-...`. */
export function formatReceipt(receipt: Receipt): string {
  return receipt.match(new RegExp(`.{1,${groupSize}}`, 'g'))!.join('-');
}

/**
 * Reads a receipt as a person typed it: forgives case, spaces and dashes, and reads I and L as 1
 * and O as 0. Refuses a wrong length, a foreign character or a wrong check character.
 *
 * @example
 * ```ts
 * const result = parseReceipt(' 7k2m 9qxd ... ');
 * if (result.ok) await hashReceipt(result.receipt);
 * ```
 */
export function parseReceipt(input: string): ParseReceiptResult {
  const text = input.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  if (text.length !== RECEIPT_LENGTH) return { ok: false, code: 'receipt_length' };
  const body = text.slice(0, -1);
  for (const character of body) {
    if (!digits.includes(character)) return { ok: false, code: 'receipt_character' };
  }
  const check = checkSymbols.indexOf(text.slice(-1));
  if (check === -1) return { ok: false, code: 'receipt_character' };
  if (check !== checkValue(body)) return { ok: false, code: 'receipt_check' };
  return { ok: true, receipt: text as Receipt };
}

/**
 * The stored form of a receipt: the hex SHA-256 of its canonical form. A receipt carries 115
 * random bits, so a fast hash suffices (no password hashing needed). Accepts the receipt as
 * typed; throws `ReportalError` `invalid_receipt` when it does not parse.
 */
export async function hashReceipt(receipt: string): Promise<string> {
  const parsed = parseReceipt(receipt);
  if (!parsed.ok) throw new ReportalError('invalid_receipt', `Not a receipt (${parsed.code})`);
  return sha256Hex(`reportal-receipt:${parsed.receipt}`);
}

/** Crockford's check: the number the digits spell, modulo 37. */
function checkValue(body: string): number {
  let remainder = 0;
  for (const character of body) remainder = (remainder * 32 + digits.indexOf(character)) % 37;
  return remainder;
}
