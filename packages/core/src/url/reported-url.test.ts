import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReportedUrl, isSerializedHttpUrl, parseReportedUrl } from './reported-url.js';

// URL-like text: schemes, hosts (names, numbers, punycode, upper case), ports, users, and path
// characters the parser keeps, escapes or resolves (dot segments, backslashes, quotes, spaces).
const urlPiece = fc.constantFrom(
  'http://',
  'https://',
  'HTTP://',
  'ftp://',
  'example',
  'EXAMPLE',
  'xn--',
  'xn--bcher-kva',
  '0x1f',
  '192',
  '0',
  '255',
  '4294967296',
  '.',
  '..',
  '-',
  '_',
  ':',
  ':80',
  ':443',
  ':8080',
  ':99999',
  '@',
  'user:pass@',
  '/',
  '//',
  '/.',
  '/..',
  '/./',
  '/../',
  '%2e',
  '%2E',
  '%',
  '%41',
  '?',
  '#',
  '&',
  '=',
  '+',
  '~',
  '!',
  '$',
  "'",
  '(',
  ')',
  '*',
  ',',
  ';',
  '[',
  ']',
  '{',
  '}',
  '|',
  '\\',
  '^',
  '`',
  '"',
  '<',
  '>',
  ' ',
  '\t',
  'a',
  'z',
  'Z',
  '1',
  'é',
  'com',
  'test',
  'invalid',
  'www.',
);
const urlLike = fc.oneof(
  fc.array(urlPiece, { maxLength: 14 }).map((pieces) => pieces.join('')),
  fc
    .tuple(fc.constantFrom('http://', 'https://'), fc.array(urlPiece, { maxLength: 12 }))
    .map(([scheme, pieces]) => scheme + pieces.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string(),
);

describe('checkReportedUrl', () => {
  it.each([
    ['https://www.example.com/gallery?id=7', 'https://www.example.com/gallery?id=7'],
    ['http://EXAMPLE.com', 'http://example.com/'],
    ['  https://example.com/a b  ', 'https://example.com/a%20b'],
    ['example.com/page', 'http://example.com/page'],
    ['www.example.com:8080/page', 'http://www.example.com:8080/page'],
    [
      'http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/x',
      'http://abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuv.onion/x',
    ],
    ['http://192.0.2.10/x', 'http://192.0.2.10/x'],
    ['http://[2001:db8::1]/x', 'http://[2001:db8::1]/x'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('accepts %j as %s', (input, url) => {
    expect(checkReportedUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', 'url_scheme_data'],
    ['DATA:text/html,hello', 'url_scheme_data'],
    ['blob:https://example.com/0b8c0a1e-7f3a-4b59-9d2e-3f1f5b7e6a11', 'url_scheme_blob'],
    ['file:///home/user/picture.jpg', 'url_scheme_file'],
    ['javascript:alert(1)', 'url_scheme_javascript'],
    ['java\tscript:alert(1)', 'url_scheme_javascript'],
    [' \u0000javascript:alert(1)', 'url_scheme_javascript'],
    ['ftp://ftp.example.com/file', 'url_scheme_unsupported'],
    ['mailto:someone@example.com', 'url_scheme_unsupported'],
    ['', 'url_invalid'],
    ['   ', 'url_invalid'],
    ['http://', 'url_invalid'],
    ['not a url at all', 'url_invalid'],
    ['http://exa mple.com/', 'url_invalid'],
    [`https://example.com/${'a'.repeat(2030)}`, 'url_too_long'],
  ])('refuses %j with %s', (input, code) => {
    expect(checkReportedUrl(input)).toEqual({ ok: false, code });
  });

  it('allows exactly 2,048 characters', () => {
    const prefix = 'https://example.com/';
    expect(checkReportedUrl(prefix + 'a'.repeat(2048 - prefix.length)).ok).toBe(true);
    expect(checkReportedUrl(prefix + 'a'.repeat(2049 - prefix.length))).toEqual({
      ok: false,
      code: 'url_too_long',
    });
  });

  it('skips the parser only for URLs the parser would return unchanged', () => {
    fc.assert(
      fc.property(urlLike, (input) => {
        if (isSerializedHttpUrl(input)) expect(new URL(input).href).toBe(input);
        expect(checkReportedUrl(input)).toEqual(parseReportedUrl(input));
      }),
      { numRuns: 20_000 },
    );
  });

  it('skips the parser for the usual reported URL, and not for one the parser changes', () => {
    expect(isSerializedHttpUrl('https://www.example.com/gallery/7?page=2#top')).toBe(true);
    for (const changed of [
      'https://WWW.example.com/',
      'https://example.com',
      'https://example.com:443/',
      'https://example.com/a/../b',
      'https://example.com/%2e%2e/b',
      'https://192.0.2.1/',
      'https://xn--bcher-kva.example/',
      "https://example.com/?q='",
    ]) {
      expect(isSerializedHttpUrl(changed)).toBe(false);
    }
  });
});
