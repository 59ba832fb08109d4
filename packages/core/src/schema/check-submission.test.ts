import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReportedUrl } from '../url/reported-url.js';
import { checkSubmission } from './check-submission.js';
import { parseSubmissionBySchema } from './zod-reference.test-support.js';

const portals = [
  { id: 'bz', locales: ['en', 'es'] },
  { id: 'gt', locales: ['es'] },
];

const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
const nul = '\u0000';
/** Any text with U+0000 somewhere: at either end, inside, alone, any other characters around it. */
const around = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ maxLength: 8, unit: 'binary' }),
  fc.constantFrom('https://www.example.com/', 'a@example.com', '+501 555 0100', 'es'),
);
const withNul = fc.tuple(around, around).map(([before, after]) => `${before}${nul}${after}`);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  withNul,
  fc.constantFrom(
    '',
    ' ',
    '  padded@example.com  ',
    'a@example.com',
    'nope',
    '+501 555 0100',
    'call',
    'x'.repeat(300),
  ),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:,x',
    'blob:https://example.com/x',
    'file:///x',
    'ftp://example.com/',
    'example.com/a',
    ' https://example.com/b ',
    'java\tscript:x',
    '',
    'not a url',
    'www.example.com:8080/x',
    `https://example.com/${'a'.repeat(2040)}`,
    `https://example.com/${'a'.repeat(2040)}${nul}`,
  ),
  withNul,
  fc.string(),
  fc.integer(),
);
const submission = fc.record(
  {
    schemaVersion: fc.oneof(fc.constant(1), fc.constantFrom(2, '1', null)),
    portal: fc.oneof(fc.constantFrom('bz', 'gt', 'zz', 'B Z', '', `bz${nul}`), fc.integer()),
    locale: fc.oneof(
      fc.constantFrom('en', 'es', 'ES-gt', 'xx', '', 'not a tag', 'x'.repeat(40), `es${nul}`),
      withNul,
      fc.integer(),
    ),
    urls: fc.oneof(fc.array(url, { maxLength: 22 }), fc.string(), fc.constant(null)),
    contentTypes: fc.oneof(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'image',
            'video',
            'livestream',
            'text',
            'other',
            'unsure',
            'photo',
            `image${nul}`,
          ),
          fc.integer(),
        ),
        { maxLength: 8 },
      ),
      fc.constant('image'),
    ),
    whereFound: fc.oneof(
      fc.constantFrom('forum', 'website', 'tv', `forum${nul}`),
      fc.integer(),
      fc.constant(null),
    ),
    description: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constant('x'.repeat(5001)),
      fc.constant(`${'x'.repeat(5001)}${nul}`),
      withNul,
      fc.integer(),
    ),
    goodFaith: fc.oneof(fc.constant(true), fc.constantFrom(false, 'true', 1, null)),
    contact: fc.oneof(
      fc.record(
        {
          consent: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1)),
          name: fc.oneof(text, fc.integer()),
          email: fc.oneof(text, fc.integer()),
          phone: fc.oneof(text, fc.integer()),
          wantsFeedback: fc.oneof(fc.boolean(), fc.constant('yes')),
          address: text,
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom(null, 'contact', []),
    ),
    extra: anyValue,
    __proto__: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('checkSubmission', () => {
  it('answers exactly as the zod schema on structured inputs (property)', () => {
    fc.assert(
      fc.property(submission, fc.boolean(), (input, withPortals) => {
        const options = withPortals ? { portals } : {};
        expect(checkSubmission(input, options)).toEqual(parseSubmissionBySchema(input, options));
      }),
      { numRuns: 20_000 },
    );
    // 20,000 runs take about 3 s alone; a loaded machine must not turn that into a failure.
  }, 30_000);

  it('answers exactly as the zod schema on arbitrary JSON values (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), anyValue), (input) => {
        expect(checkSubmission(input)).toEqual(parseSubmissionBySchema(input));
      }),
      { numRuns: 5_000 },
    );
  });

  it('accepts a valid submission and returns it canonicalized', () => {
    expect(
      checkSubmission({
        schemaVersion: 1,
        portal: 'bz',
        locale: 'ES',
        urls: ['example.com/a'],
        goodFaith: true,
        contact: { consent: true, email: ' a@example.com ' },
      }),
    ).toEqual({
      ok: true,
      submission: {
        schemaVersion: 1,
        portal: 'bz',
        locale: 'es',
        urls: ['http://example.com/a'],
        goodFaith: true,
        contact: { consent: true, email: 'a@example.com' },
      },
    });
  });
});

/** Every text field of a report, with a valid value, in the order the checks report them. */
const textFields: { path: (string | number)[]; valid: string }[] = [
  { path: ['portal'], valid: 'bz' },
  { path: ['locale'], valid: 'es' },
  { path: ['urls', 0], valid: 'https://www.example.com/gallery/7' },
  { path: ['urls', 1], valid: 'example.com/a b' },
  { path: ['description'], valid: 'Seen in a forum thread.' },
  { path: ['contact', 'name'], valid: 'A. Person' },
  { path: ['contact', 'email'], valid: 'person@example.com' },
  { path: ['contact', 'phone'], valid: '+501 555 0100' },
];

function submissionWith(values: ReadonlyMap<number, string>): Record<string, unknown> {
  const at = (index: number) => values.get(index) ?? textFields[index]!.valid;
  return {
    schemaVersion: 1,
    portal: at(0),
    locale: at(1),
    urls: [at(2), at(3)],
    contentTypes: ['image'],
    whereFound: 'forum',
    description: at(4),
    goodFaith: true,
    contact: { consent: true, name: at(5), email: at(6), phone: at(7), wantsFeedback: true },
  };
}

describe('U+0000 (NUL) in a text field', () => {
  it('is refused by the checker and the zod schema alike, with nul_character at each such field and no other issue, the input left as it was (property)', () => {
    expect(checkSubmission(submissionWith(new Map()), { portals }).ok).toBe(true);
    const poisoned = fc.uniqueArray(
      fc.record({ field: fc.nat({ max: textFields.length - 1 }), text: withNul }),
      { minLength: 1, maxLength: textFields.length, selector: (entry) => entry.field },
    );
    fc.assert(
      fc.property(poisoned, fc.boolean(), (entries, withPortals) => {
        const input = submissionWith(new Map(entries.map((entry) => [entry.field, entry.text])));
        const before = structuredClone(input);
        const options = withPortals ? { portals } : {};
        const expected = {
          ok: false,
          issues: entries
            .map((entry) => entry.field)
            .sort((a, b) => a - b)
            .map((field) => ({ path: textFields[field]!.path, code: 'nul_character' })),
        };
        expect(checkSubmission(input, options)).toEqual(expected);
        expect(parseSubmissionBySchema(input, options)).toEqual(expected);
        expect(input).toEqual(before);
      }),
      { numRuns: 5_000 },
    );
  });

  it('is refused in a URL, which the URL parser alone would take: escaped in a path, dropped at either end', () => {
    const inPath = 'https://www.example.com/a\u0000b';
    const atEnd = '\u0000https://www.example.com/x\u0000';
    // What the parser does with U+0000 (so the schema cannot leave it to the parser).
    expect(new URL(inPath).href).toBe('https://www.example.com/a%00b');
    expect(checkReportedUrl(inPath)).toEqual({ ok: true, url: 'https://www.example.com/a%00b' });
    expect(checkReportedUrl(atEnd)).toEqual({ ok: true, url: 'https://www.example.com/x' });
    expect(checkReportedUrl('https://www.exa\u0000mple.com/')).toEqual({
      ok: false,
      code: 'url_invalid',
    });
    for (const url of [inPath, atEnd, 'https://www.exa\u0000mple.com/']) {
      const input = submissionWith(new Map([[2, url]]));
      const expected = { ok: false, issues: [{ path: ['urls', 0], code: 'nul_character' }] };
      expect(checkSubmission(input)).toEqual(expected);
      expect(parseSubmissionBySchema(input)).toEqual(expected);
    }
    // The escaped form is three plain characters, not U+0000: taken as it is.
    expect(
      checkSubmission(submissionWith(new Map([[2, 'https://www.example.com/a%00b']]))),
    ).toMatchObject({
      ok: true,
      submission: { urls: ['https://www.example.com/a%00b', 'http://example.com/a%20b'] },
    });
  });

  it('is refused in enumerated fields as a value not among the choices', () => {
    const input = {
      ...submissionWith(new Map()),
      whereFound: 'forum\u0000',
      contentTypes: ['image\u0000'],
    };
    const result = checkSubmission(input);
    expect(result).toEqual(parseSubmissionBySchema(input));
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { path: ['contentTypes', 0], code: 'invalid_value' },
        { path: ['whereFound'], code: 'invalid_value' },
      ],
    });
  });
});
