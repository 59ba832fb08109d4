// The fuzzing suite's request generator: seeded, so a failing run can be replayed with
// RELIABILITY_SEED. Each request says which statuses the contract allows for it, whether the
// server may drop the connection instead (an oversize body it refuses to read), and whether it
// may store something (only valid reports may).
import { createReceipt, formatReceipt } from '@reportal/core';
import fc from 'fast-check';
import type { Random } from './random.js';

/** One generated request. */
export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | (() => AsyncIterable<Uint8Array>);
  /** The statuses the contract allows; undefined: any status below 500. */
  expected?: readonly number[];
  /** The server may close the connection rather than read the body (oversize, huge headers). */
  mayDropConnection?: boolean;
  /** A valid report that may be stored (201). No other request may change the store. */
  mayStore?: boolean;
}

/** A report stored before the fuzzing, whose key the fuzzer replays and reuses. */
export interface SeedReport {
  key: string;
  body: string;
}

const encoder = new TextEncoder();
const json = { 'Content-Type': 'application/json' };
const maxBodyBytes = 64 * 1024;

/** The unicode strings that break naive code: direction marks, NUL, lone surrogates, BOM, ... */
export const unicodeEdgeCases = [
  '\u202Egpj.exe\u202C', // right-to-left override
  '\u200F\u200E\u061C', // RTL, LTR and Arabic letter marks
  '\u2066isolated\u2069\u2067rtl\u2069',
  '\u0000',
  'before\u0000after',
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  'x\uDBFFy\uDFFFz',
  '\uDBFF\uDFFF', // U+10FFFF
  '\uFEFF', // byte order mark
  '\uFFFE\uFFFF', // non-characters
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A', // stacked combining marks
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}', // a ZWJ sequence
  '\u0085\u2028\u2029', // NEL, line and paragraph separators
  '\r\n\t\v\f\b',
  '\u00A0\u1680\u2000\u3000', // spaces that are not ASCII
  '\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u05E2\u05D1\u05E8\u05D9\u05EA', // Arabic, Hebrew
  '\u0000'.repeat(64),
  '\u202E'.repeat(5_000), // at the description limit
];

/** URLs every portal must refuse, one of each kind. */
export const refusedUrls = [
  'data:image/png;base64,iVBORw0KGgo=',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://www.example.com/0b6f4f5e-1c1a-4f39-8d1e-6b8e4b1f2a3c',
  'file:///etc/passwd',
  'file://server.example/share/photo.jpg',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'ftp://ftp.example.com/pub/file.jpg',
  'ws://chat.example.com/socket',
  'wss://chat.example.com/socket',
  'mailto:someone@example.com',
  'about:blank',
  'chrome://settings',
  'view-source:https://www.example.com/',
  'gopher://gopher.example.com/',
  'localhost:8080',
  '',
  '   ',
  '\u0000\u0000',
  'not a url',
  'http://',
  'https://',
  'https://exa mple.example/',
  'http://[::1',
  'https://www.example.com:99999/',
  `https://www.example.com/${'a'.repeat(2_048)}`, // over 2,048 characters
];

const knownFields = new Set([
  'schemaVersion',
  'portal',
  'locale',
  'urls',
  'contentTypes',
  'whereFound',
  'description',
  'goodFaith',
  'contact',
  // The contact fields too: an unknown key must be unknown wherever it is put.
  'consent',
  'name',
  'email',
  'phone',
  'wantsFeedback',
]);

/** Values that are wrong for each field, whatever the rest of the report holds. */
const wrongValues: Record<string, unknown[]> = {
  schemaVersion: [2, 0, '1', null, true, 1.5, [], {}, -1, 1e308],
  portal: ['zz', 'BZ', '', 1, null, 'b', 'a'.repeat(40), ['bz'], { id: 'bz' }],
  locale: ['fr', '', 5, null, 'x'.repeat(40), 'not a locale!', {}, ['en'], 'en\u0000'],
  urls: ['https://www.example.com/', [], null, {}, [1], [null], [[]], [{ url: 'x' }], true],
  goodFaith: [false, 'true', 1, null, {}, [true]],
  description: ['d'.repeat(5_001), 1, [], {}, null, true],
  contentTypes: ['image', ['csam'], [1], Array(7).fill('image'), null, [null], {}],
  whereFound: ['anywhere', 1, null, ['website'], {}, ''],
  contact: [
    'yes',
    { consent: 'true' },
    { consent: true, email: 'not an email' },
    { consent: true, phone: 'call me' },
    { consent: true, extra: 1 },
    {},
    null,
    [],
    { consent: true, name: 'n'.repeat(201) },
    { consent: true, wantsFeedback: 'yes' },
  ],
};
const requiredFields = ['schemaVersion', 'portal', 'locale', 'urls', 'goodFaith'];

function repeatToBytes(prefix: string, filler: string, suffix: string, size: number): string {
  const room = size - encoder.encode(prefix + suffix).byteLength;
  return `${prefix}${filler.repeat(Math.floor(room / encoder.encode(filler).byteLength))}${suffix}`;
}

function concatBytes(...parts: (string | readonly number[])[]): Uint8Array {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? encoder.encode(part) : Uint8Array.from(part),
  );
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const invalidUtf8Sequences: readonly (readonly number[])[] = [
  [0xff],
  [0xfe, 0xfe],
  [0xc0, 0xaf], // overlong "/"
  [0xe0, 0x80, 0xaf], // overlong
  [0xed, 0xa0, 0x80], // a surrogate, encoded
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0x80], // a lone continuation byte
  [0xbf, 0xbf],
  [0xe2, 0x82], // truncated
  [0xc3], // truncated
];

// Bodies too big or too deep to generate per request: built once.
const bulky = (() => {
  const reportPrefix =
    '{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/deep"],"goodFaith":true,"description":';
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const atLimit = repeatToBytes(`${reportPrefix}"`, 'x', '"}', maxBodyBytes);
  return {
    deep: [
      { body: deepArray(30_000), expected: [422] },
      { body: deepObject(10_000), expected: [422] },
      { body: `${reportPrefix}${deepArray(25_000)}}`, expected: [422] },
      { body: `${reportPrefix}"x","contact":${deepObject(9_000)}}`, expected: [422] },
      {
        body: `{"schemaVersion":1,"portal":"bz","locale":"en","urls":${deepArray(25_000)},"goodFaith":true}`,
        expected: [422],
      },
      { body: '['.repeat(60_000), expected: [400] },
      { body: '{"a":'.repeat(12_000), expected: [400] },
    ],
    atLimit: encoder.encode(atLimit),
    overLimit: encoder.encode(`${atLimit} `),
    megabyte: encoder.encode(repeatToBytes(`${reportPrefix}"`, 'y', '"}', 1024 * 1024)),
    manyUrls: Array.from({ length: 21 }, (_, index) => `https://www.example.com/many/${index}`),
  };
})();

async function* chunked(total: number): AsyncIterable<Uint8Array> {
  const chunk = encoder.encode(`{"description":"${'z'.repeat(16 * 1024)}`);
  for (let sent = 0; sent < total; sent += chunk.byteLength) yield chunk;
}

/** Options of `createFuzzRequests`. */
export interface FuzzRequestOptions {
  random: Random;
  /** Marker headers for the `index`-th request. */
  markerHeaders(index: number): Record<string, string>;
  /** Reports stored before the fuzzing: their keys are replayed and reused with other bodies. */
  seeds: readonly SeedReport[];
}

/**
 * Creates the generator: `next(index)` gives the `index`-th request.
 *
 * @example
 * ```ts
 * const fuzz = createFuzzRequests({ random, markerHeaders: markers.headersFor, seeds });
 * const request = fuzz.next(0);
 * ```
 */
export function createFuzzRequests(options: FuzzRequestOptions): {
  next(index: number): FuzzRequest;
  kinds: readonly string[];
} {
  const { random } = options;
  const sampleOptions = { seed: random.seed, numRuns: 2_000 };
  const jsonValues = fc.sample(fc.jsonValue({ maxDepth: 4 }), sampleOptions);
  const strings = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), sampleOptions);
  const unknownKeys = [
    ...strings.filter((key) => !knownFields.has(key)),
    '__proto__',
    'constructor',
    'prototype',
    'ip',
    'userAgent',
  ];
  let keyCounter = 0;
  const freshKey = () => `fuzz-key-${random.seed}-${String(keyCounter++).padStart(10, '0')}`;

  const validReport = (): Record<string, unknown> => {
    const report: Record<string, unknown> = {
      schemaVersion: 1,
      portal: 'bz',
      locale: random.pick(['en', 'es']),
      urls: Array.from(
        { length: random.integer(1, 3) },
        () => `https://fuzz-${random.integer(0, 99)}.example.org/page/${random.integer(0, 999)}`,
      ),
      goodFaith: true,
    };
    if (random.chance(0.3)) report.contentTypes = [random.pick(['image', 'video', 'unsure'])];
    if (random.chance(0.3)) report.whereFound = random.pick(['website', 'forum', 'other']);
    if (random.chance(0.5)) report.description = `Fuzz report ${random.integer(0, 1e9)}.`;
    return report;
  };
  const post = (
    kind: string,
    body: NonNullable<FuzzRequest['body']>,
    rest: Partial<FuzzRequest> = {},
  ): FuzzRequest => ({
    kind,
    method: 'POST',
    path: '/v1/reports',
    headers: { ...json },
    body,
    ...rest,
  });

  const generators: { kind: string; weight: number; make(): FuzzRequest }[] = [
    {
      kind: 'malformed JSON',
      weight: 10,
      make() {
        const text = JSON.stringify(validReport());
        const variants = [
          () => text.slice(0, random.integer(0, text.length - 1)),
          () => `${text}${random.pick(['}', ',', 'x', '{}', ']'])}`,
          () => text.replace(/"/g, "'"),
          () => text.replace(/,/, ',,'),
          () => `{${random.pick(['NaN', 'undefined', '//c', '/*c*/', "'a':1", 'a:1', '"a":01'])}}`,
          () => random.pick(['', ' ', '\n', 'null null', 'tru', '"', '{"a"', '[1,]', '{"a":1,}']),
          () => text.replace('true', 'True'),
          () =>
            Array.from({ length: random.integer(1, 200) }, () =>
              random.pick('{}[]:,"\\x0'.split('')),
            ).join(''),
        ];
        let body = random.pick(variants)();
        try {
          JSON.parse(body);
          body += ','; // the random characters happened to make valid JSON ("{}", "0")
        } catch {}
        return post('malformed JSON', body, { expected: [400] });
      },
    },
    {
      kind: 'wrong types',
      weight: 14,
      make() {
        const report = validReport();
        const mutations = random.integer(1, 3);
        for (let index = 0; index < mutations; index++) {
          const field = random.pick(Object.keys(wrongValues));
          report[field] = random.pick(wrongValues[field]!);
        }
        if (random.chance(0.2)) delete report[random.pick(requiredFields)];
        return post('wrong types', JSON.stringify(report), { expected: [422] });
      },
    },
    {
      kind: 'unknown fields and random JSON',
      weight: 6,
      make() {
        if (random.chance(0.4)) {
          const value = random.pick(jsonValues);
          // A random value is never a valid report (it has no goodFaith: true with urls).
          return post('unknown fields and random JSON', JSON.stringify(value), { expected: [422] });
        }
        const report = validReport();
        let target: Record<string, unknown> = report;
        if (random.chance(0.3)) {
          target = { consent: true };
          report.contact = target;
        }
        // defineProperty, so that "__proto__" becomes an own key (assignment would set the prototype).
        Object.defineProperty(target, random.pick(unknownKeys), {
          value: random.pick(jsonValues),
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return post('unknown fields and random JSON', JSON.stringify(report), { expected: [422] });
      },
    },
    {
      kind: '__proto__ keys',
      weight: 4,
      make() {
        const body = random.pick([
          '{"__proto__":{"goodFaith":true},"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/p"]}',
          '{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/p"],"goodFaith":true,"__proto__":{"isAdmin":true}}',
          '{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/p"],"goodFaith":true,"contact":{"__proto__":{"consent":true},"email":"a@example.com"}}',
          '{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/p"],"goodFaith":true,"constructor":{"prototype":{"polluted":true}}}',
          '{"schemaVersion":1,"portal":"bz","locale":"en","urls":["https://www.example.com/p"],"goodFaith":true,"toString":"x","valueOf":1,"hasOwnProperty":null}',
          '{"schemaVersion":1,"portal":"bz","locale":"en","urls":{"__proto__":["https://www.example.com/p"],"length":1},"goodFaith":true}',
          '{"__proto__":[],"length":0}',
        ]);
        return post('__proto__ keys', body, { expected: [422] });
      },
    },
    {
      kind: 'refused URLs',
      weight: 12,
      make() {
        const report = validReport();
        const roll = random.next();
        if (roll < 0.1) report.urls = [];
        else if (roll < 0.2)
          report.urls = bulky.manyUrls.concat(
            Array.from(
              { length: random.integer(0, 30) },
              (_, index) => `https://www.example.com/more/${index}`,
            ),
          );
        else {
          const urls = report.urls as string[];
          urls.splice(random.integer(0, urls.length), 0, random.pick(refusedUrls));
        }
        return post('refused URLs', JSON.stringify(report), { expected: [422] });
      },
    },
    {
      kind: 'unicode edge cases',
      weight: 8,
      make() {
        const place = random.integer(0, 5);
        // Random strings only where any string is allowed ("en" + "" would be a valid locale).
        const text =
          place <= 2 && random.chance(0.5) ? random.pick(strings) : random.pick(unicodeEdgeCases);
        const report = validReport();
        if (place === 0) report.description = text;
        else if (place === 1) (report.urls as string[])[0] = `https://unicode.example/${text}`;
        else if (place === 2) (report.urls as string[])[0] = `https://b\u00FCcher.example/${text}`;
        else if (place === 3) report.locale = `en${text}`;
        else if (place === 4) report.portal = `bz${text}`;
        else report[`field${text}`] = text;
        // A description or a URL path may be valid: the report is then stored (counted).
        const valid = place <= 2;
        return post('unicode edge cases', JSON.stringify(report), {
          expected: valid ? [201, 422] : [422],
          mayStore: valid,
        });
      },
    },
    {
      kind: 'invalid UTF-8',
      weight: 8,
      make() {
        const text = JSON.stringify({ ...validReport(), description: 'SPLIT' });
        const [before, after] = text.split('SPLIT') as [string, string];
        const bytes = random.pick(invalidUtf8Sequences);
        const body = random.chance(0.8)
          ? concatBytes(before, bytes, after)
          : concatBytes(text, bytes);
        return post('invalid UTF-8', body, { expected: [400] });
      },
    },
    {
      kind: 'deep nesting',
      weight: 2,
      make() {
        const { body, expected } = random.pick(bulky.deep);
        return post('deep nesting', body, { expected });
      },
    },
    {
      kind: 'huge bodies',
      weight: 2,
      make() {
        const roll = random.integer(0, 4);
        if (roll === 0) return post('huge bodies', bulky.atLimit, { expected: [422] });
        if (roll === 1)
          return post('huge bodies', bulky.overLimit, { expected: [413], mayDropConnection: true });
        if (roll === 2)
          return post('huge bodies', bulky.megabyte, { expected: [413], mayDropConnection: true });
        if (roll === 3)
          return post('huge bodies', () => chunked(200 * 1024), {
            expected: [413],
            mayDropConnection: true,
          });
        return post('huge bodies', bulky.megabyte, {
          headers: { 'Content-Type': 'text/plain' },
          expected: [415],
          mayDropConnection: true,
        });
      },
    },
    {
      kind: 'wrong content types',
      weight: 8,
      make() {
        const contentType = random.pick([
          'text/plain',
          'text/json',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=fuzz',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/jsonx',
          'application/ld+json',
          'application/json, text/plain',
          'image/png',
          '',
          undefined,
        ]);
        const headers: Record<string, string> =
          contentType === undefined ? {} : { 'Content-Type': contentType };
        return post('wrong content types', JSON.stringify(validReport()), {
          headers,
          path: random.pick(['/v1/reports', '/v1/status']),
          expected: [415],
        });
      },
    },
    {
      kind: 'idempotency key abuse',
      weight: 4,
      make() {
        const key = random.pick([
          'short-key-15chr',
          'k'.repeat(256),
          'has a space in the key',
          'tab\tin\tthe\tkey\there',
          'cl\u00E9-cl\u00E9-cl\u00E9-cl\u00E9-cl\u00E9',
          '',
        ]);
        return post('idempotency key abuse', JSON.stringify(validReport()), {
          headers: { ...json, 'Idempotency-Key': key },
          expected: [400],
        });
      },
    },
    {
      kind: 'status lookups',
      weight: 5,
      make() {
        const roll = random.integer(0, 4);
        const lookup = (body: string, expected?: number[]): FuzzRequest => ({
          kind: 'status lookups',
          method: 'POST',
          path: '/v1/status',
          headers: { ...json },
          body,
          ...(expected && { expected }),
        });
        if (roll === 0)
          return lookup(JSON.stringify({ receipt: formatReceipt(createReceipt()) }), [404]);
        if (roll === 1) return lookup(JSON.stringify({ receipt: random.pick(strings) }), [422]);
        if (roll === 2) return lookup(JSON.stringify({}), [422]);
        if (roll === 3) return lookup(JSON.stringify(random.pick(jsonValues)));
        return lookup('{"receipt":', [400]);
      },
    },
    {
      kind: 'random methods, paths and headers',
      weight: 10,
      make() {
        const method = random.pick([
          'GET',
          'HEAD',
          'POST',
          'PUT',
          'PATCH',
          'DELETE',
          'OPTIONS',
          'TRACE',
          'PROPFIND',
          'PURGE',
          'SEARCH',
        ]);
        const path = random.pick([
          '/',
          '/v1',
          '/v1/',
          '/v1/reports/',
          '/v1/reports?locale=es',
          '/v1/reports/../status',
          '/v1/status',
          '/v1/cases',
          '/v1/cases/01a20959-a680-7162-90f8-3ea6f7f9c79d/events',
          '/v1/metrics',
          '/v1/portals/zz',
          '/v1/portals/bz',
          '/v1/portals/%00',
          '/v1/openapi.json',
          '/healthz',
          '/readyz',
          '/%00',
          '/..%2f..%2fetc%2fpasswd',
          '//v1//reports',
          `/${'a'.repeat(random.integer(1, 6_000))}`,
          `/v1/${encodeURIComponent(random.pick(strings).replace(/[\uD800-\uDFFF]/g, '?'))}`,
          '/console/',
          '/en/',
          '/es/status',
        ]);
        const headers: Record<string, string> = {};
        for (let index = random.integer(0, 8); index > 0; index--) {
          const name = random.pick([
            `x-fuzz-${random.integer(0, 1e6)}`,
            'Accept',
            'Accept-Encoding',
            'Content-Encoding',
            'Content-Language',
            'Origin',
            'Range',
            'If-None-Match',
            'X-HTTP-Method-Override',
            'Cache-Control',
            'Sec-Fetch-Site',
            'Authorization',
            'Content-Type',
          ]);
          headers[name] = Array.from({ length: random.integer(0, 120) }, () =>
            String.fromCharCode(random.integer(0x20, 0x7e)),
          ).join('');
        }
        const hugeHeader = random.chance(0.02);
        if (hugeHeader) headers['x-fuzz-huge'] = 'h'.repeat(20_000);
        const withBody = method !== 'GET' && method !== 'HEAD' && random.chance(0.7);
        return {
          kind: 'random methods, paths and headers',
          method,
          path,
          headers,
          ...(withBody && {
            body: random.chance(0.5)
              ? JSON.stringify(random.pick(jsonValues))
              : random.pick(strings),
          }),
          mayDropConnection: hugeHeader,
        };
      },
    },
    {
      kind: 'bogus credentials',
      weight: 2,
      make() {
        const authorization = random.pick([
          `Bearer rpt_${'0'.repeat(40)}`,
          'Bearer ',
          'Basic YWRtaW46YWRtaW4=',
          `Bearer ${random.pick(strings).replace(/[^\x21-\x7e]/g, 'x')}`,
        ]);
        const onCases = random.chance(0.5);
        return {
          kind: 'bogus credentials',
          method: onCases ? 'GET' : 'POST',
          path: onCases ? '/v1/cases' : '/v1/reports',
          headers: { ...json, Authorization: authorization },
          ...(!onCases && { body: JSON.stringify(validReport()) }),
          expected: [401],
        };
      },
    },
    {
      kind: 'valid reports',
      weight: 2,
      make() {
        const roll = random.integer(0, 3);
        const seed = random.pick(options.seeds);
        if (roll === 0) {
          // A retry of a stored report: the first answer again, nothing stored.
          return post('valid reports', seed.body, {
            headers: { ...json, 'Idempotency-Key': seed.key },
            expected: [201],
          });
        }
        if (roll === 1) {
          // The same key with another body: refused, nothing stored.
          return post('valid reports', JSON.stringify(validReport()), {
            headers: { ...json, 'Idempotency-Key': seed.key },
            expected: [422],
          });
        }
        return post('valid reports', JSON.stringify(validReport()), {
          headers: { ...json, ...(roll === 2 && { 'Idempotency-Key': freshKey() }) },
          expected: [201],
          mayStore: true,
        });
      },
    },
  ];
  const totalWeight = generators.reduce((sum, generator) => sum + generator.weight, 0);

  return {
    kinds: generators.map((generator) => generator.kind),
    next(index) {
      let roll = random.next() * totalWeight;
      let generator = generators[0]!;
      for (const candidate of generators) {
        generator = candidate;
        roll -= candidate.weight;
        if (roll < 0) break;
      }
      const request = generator.make();
      // Marker headers first: a generated header of the same name wins.
      request.headers = { ...options.markerHeaders(index), ...request.headers };
      return request;
    },
  };
}

/** Whether a generated body is a stream (sent chunked, without Content-Length). */
export function isStreamBody(body: FuzzRequest['body']): body is () => AsyncIterable<Uint8Array> {
  return typeof body === 'function';
}
