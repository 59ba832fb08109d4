import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonicalize-url.js';
import { canonicalizeUrlForDeduplication, urlKey } from './url-key.js';

// The examples published with Google Safe Browsing v4 "URLs and Hashing", one for one, with each
// real host replaced by a reserved name (example.com, *.example, documentation addresses) and the
// shape of each example kept. The document's raw byte 0x80 is given as %80: a JavaScript string
// cannot hold a lone byte, and %80 unescapes to that byte in the first step.
const published: [input: string, expected: string][] = [
  ['http://host.test/%25%32%35', 'http://host.test/%25'],
  ['http://host.test/%25%32%35%25%32%35', 'http://host.test/%25%25'],
  ['http://host.test/%2525252525252525', 'http://host.test/%25'],
  ['http://host.test/asdf%25%32%35asd', 'http://host.test/asdf%25asd'],
  ['http://host.test/%%%25%32%35asd%%', 'http://host.test/%25%25%25asd%25%25'],
  ['http://www.example.com/', 'http://www.example.com/'],
  [
    'http://%32%30%33%2e%30%2e%31%31%33%2e%32%36/%2E%73%65%63%75%72%65/%77%77%77%2E%65%78%61%6D%70%6C%65%2E%63%6F%6D/',
    'http://203.0.113.26/.secure/www.example.com/',
  ],
  [
    'http://198.51.100.11/uploads/%20%20%20%20/.verify/.Examplesecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/',
    'http://198.51.100.11/uploads/%20%20%20%20/.verify/.Examplesecure=updateuserdataxplimnbqmn-xplmvalidateinfoswqpcmlx=hgplmcx/',
  ],
  [
    'http://host%23.example/%257Ea%2521b%2540c%2523d%2524e%25f%255E00%252611%252A22%252833%252944_55%252B',
    'http://host%23.example/~a!b@c%23d$e%25f^00&11*22(33)44_55+',
  ],
  ['http://3325256715/blah', 'http://198.51.100.11/blah'],
  ['http://www.example.com/blah/..', 'http://www.example.com/'],
  ['www.example.com/', 'http://www.example.com/'],
  ['www.example.com', 'http://www.example.com/'],
  ['http://www.evil.example/blah#frag', 'http://www.evil.example/blah'],
  ['http://www.EXAmple.com/', 'http://www.example.com/'],
  ['http://www.example.com.../', 'http://www.example.com/'],
  ['http://www.example.com/foo\tbar\rbaz\n2', 'http://www.example.com/foobarbaz2'],
  ['http://www.example.com/q?', 'http://www.example.com/q?'],
  ['http://www.example.com/q?r?', 'http://www.example.com/q?r?'],
  ['http://www.example.com/q?r?s', 'http://www.example.com/q?r?s'],
  ['http://evil.example/foo#bar#baz', 'http://evil.example/foo'],
  ['http://evil.example/foo;', 'http://evil.example/foo;'],
  ['http://evil.example/foo?bar;', 'http://evil.example/foo?bar;'],
  ['http://\x01%80.example/', 'http://%01%80.example/'],
  ['http://notrailingslash.example', 'http://notrailingslash.example/'],
  ['http://www.gotaport.example:1234/', 'http://www.gotaport.example/'],
  ['  http://www.example.com/  ', 'http://www.example.com/'],
  ['http:// leadingspace.example/', 'http://%20leadingspace.example/'],
  ['http://%20leadingspace.example/', 'http://%20leadingspace.example/'],
  ['%20leadingspace.example/', 'http://%20leadingspace.example/'],
  ['https://www.securesite.example/', 'https://www.securesite.example/'],
  ['http://host.example/ab%23cd', 'http://host.example/ab%23cd'],
  ['http://host.example//twoslashes?more//slashes', 'http://host.example/twoslashes?more//slashes'],
];

describe('canonicalizeUrl (Safe Browsing v4)', () => {
  it.each(published)('%j -> %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  // Documentation addresses (203.0.113.0/24) written in the other notations inet_aton accepts.
  it('reads IPv4 addresses in octal, hex and short forms', () => {
    expect(canonicalizeUrl('http://0xcb.0.0x71.7/')).toBe('http://203.0.113.7/');
    expect(canonicalizeUrl('http://0313.0.0161.7/')).toBe('http://203.0.113.7/');
    expect(canonicalizeUrl('http://203.0.28935/')).toBe('http://203.0.113.7/');
    expect(canonicalizeUrl('http://203.28935/')).toBe('http://203.0.113.7/');
    expect(canonicalizeUrl('http://0xCB007107/')).toBe('http://203.0.113.7/');
  });

  it('leaves hosts that are not IPv4 addresses alone', () => {
    expect(canonicalizeUrl('http://192.0.2.1.5/')).toBe('http://192.0.2.1.5/');
    expect(canonicalizeUrl('http://192.0.2.256/')).toBe('http://192.0.2.256/');
    expect(canonicalizeUrl('http://192.0.2.08/')).toBe('http://192.0.2.08/');
  });

  it('drops user info and keeps IPv6 literals', () => {
    expect(canonicalizeUrl('http://user:secret@www.example.com/a')).toBe(
      'http://www.example.com/a',
    );
    expect(canonicalizeUrl('http://[2001:db8::ABCD]:8080/a')).toBe('http://[2001:db8::abcd]/a');
  });

  it('writes an internationalized host in its ASCII form', () => {
    expect(canonicalizeUrl('http://bücher.example/')).toBe('http://xn--bcher-kva.example/');
    expect(canonicalizeUrl('http://b%C3%BCcher.example/')).toBe('http://xn--bcher-kva.example/');
  });

  it('escapes non-ASCII path bytes as UTF-8 in upper-case hex', () => {
    expect(canonicalizeUrl('http://example.com/ñ/%e2%82%ac')).toBe(
      'http://example.com/%C3%B1/%E2%82%AC',
    );
  });

  // .onion is a special-use name (RFC 7686), never resolvable on the Internet.
  it('keeps .onion hosts', () => {
    expect(canonicalizeUrl('http://Abcdefghijklmnop.onion/x')).toBe(
      'http://abcdefghijklmnop.onion/x',
    );
  });

  it('is idempotent on odd hosts made of dots and colons', () => {
    for (const input of [
      ':.',
      'a.:.',
      'http://a.:80.:/',
      'http://.:.example/x',
      'http://example.com.:8080./',
    ]) {
      const once = canonicalizeUrl(input);
      expect(canonicalizeUrl(once), input).toBe(once);
    }
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string()),
        (url) => {
          const once = canonicalizeUrl(url);
          expect(canonicalizeUrl(once)).toBe(once);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws and always yields printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (url) => {
        expect(canonicalizeUrl(url)).toMatch(/^[\x21-\x7e]+$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('deduplication', () => {
  it('keeps a non-default port and drops a default one', () => {
    expect(canonicalizeUrlForDeduplication('http://www.example.com:8080/a')).toBe(
      'http://www.example.com:8080/a',
    );
    expect(canonicalizeUrlForDeduplication('http://www.example.com:80/a')).toBe(
      'http://www.example.com/a',
    );
    expect(canonicalizeUrlForDeduplication('https://www.example.com:443/a')).toBe(
      'https://www.example.com/a',
    );
    expect(canonicalizeUrlForDeduplication('https://www.example.com:0443/a')).toBe(
      'https://www.example.com/a',
    );
    expect(canonicalizeUrlForDeduplication('http://[2001:db8::1]:8080/a')).toBe(
      'http://[2001:db8::1]:8080/a',
    );
  });

  it('gives one key to spellings of the same URL and another to another port', async () => {
    const key = await urlKey('http://www.example.com/gallery/7');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await urlKey('HTTP://WWW.EXAMPLE.COM./gallery/x/../7#top')).toBe(key);
    expect(await urlKey('http://www.example.com:80/gallery//7')).toBe(key);
    expect(await urlKey('http://www.example.com:8080/gallery/7')).not.toBe(key);
    expect(await urlKey('http://www.example.com/gallery/8')).not.toBe(key);
  });

  it('is the SHA-256 of the canonical form', async () => {
    const expected = createHash('sha256').update('http://example.com/').digest('hex');
    expect(await urlKey('example.com')).toBe(expected);
  });
});
