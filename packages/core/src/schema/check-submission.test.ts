import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSubmission } from './check-submission.js';
import { parseSubmissionBySchema } from './zod-reference.test-support.js';

const portals = [
  { id: 'bz', locales: ['en', 'es'] },
  { id: 'gt', locales: ['es'] },
];

const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
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
  ),
  fc.string(),
  fc.integer(),
);
const submission = fc.record(
  {
    schemaVersion: fc.oneof(fc.constant(1), fc.constantFrom(2, '1', null)),
    portal: fc.oneof(fc.constantFrom('bz', 'gt', 'zz', 'B Z', ''), fc.integer()),
    locale: fc.oneof(
      fc.constantFrom('en', 'es', 'ES-gt', 'xx', '', 'not a tag', 'x'.repeat(40)),
      fc.integer(),
    ),
    urls: fc.oneof(fc.array(url, { maxLength: 22 }), fc.string(), fc.constant(null)),
    contentTypes: fc.oneof(
      fc.array(
        fc.oneof(
          fc.constantFrom('image', 'video', 'livestream', 'text', 'other', 'unsure', 'photo'),
          fc.integer(),
        ),
        { maxLength: 8 },
      ),
      fc.constant('image'),
    ),
    whereFound: fc.oneof(
      fc.constantFrom('forum', 'website', 'tv'),
      fc.integer(),
      fc.constant(null),
    ),
    description: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constant('x'.repeat(5001)),
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
  });

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
