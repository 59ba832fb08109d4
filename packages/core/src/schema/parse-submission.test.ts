import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submissionIssueCodes } from './issue-codes.js';
import { createSubmissionParser, parseSubmission } from './parse-submission.js';
import { parseSubmissionBySchema } from './zod-reference.test-support.js';

const valid = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'es',
  urls: ['https://www.example.com/gallery/123'],
  goodFaith: true,
};

const portals = [
  { id: 'bz', locales: ['en', 'es'] },
  { id: 'gt', locales: ['es'] },
];

describe('parseSubmission', () => {
  it('accepts the smallest valid submission', () => {
    expect(parseSubmission(valid)).toEqual({ ok: true, submission: valid });
  });

  it('accepts every optional field', () => {
    const full = {
      ...valid,
      contentTypes: ['image', 'video'],
      whereFound: 'forum',
      description: 'Seen in a forum thread.',
      contact: {
        consent: true,
        name: 'A. Person',
        email: 'person@example.com',
        phone: '+501 555 0100',
        wantsFeedback: true,
      },
    };
    expect(parseSubmission(full, { portals })).toEqual({ ok: true, submission: full });
  });

  it('canonicalizes URLs and the locale tag', () => {
    const result = parseSubmission({ ...valid, locale: 'ES-gt', urls: [' example.com/a '] });
    expect(result).toMatchObject({
      ok: true,
      submission: { locale: 'es-GT', urls: ['http://example.com/a'] },
    });
  });

  const refused: [string, unknown, { path: (string | number)[]; code: string }][] = [
    ['a non-object body', 'hello', { path: [], code: 'invalid_type' }],
    ['null', null, { path: [], code: 'invalid_type' }],
    ['an array', [valid], { path: [], code: 'invalid_type' }],
    [
      'a missing schemaVersion',
      { ...valid, schemaVersion: undefined },
      { path: ['schemaVersion'], code: 'required' },
    ],
    [
      'schemaVersion 2',
      { ...valid, schemaVersion: 2 },
      { path: ['schemaVersion'], code: 'unsupported_schema_version' },
    ],
    ['a missing portal', { ...valid, portal: undefined }, { path: ['portal'], code: 'required' }],
    [
      'a malformed portal id',
      { ...valid, portal: 'B Z' },
      { path: ['portal'], code: 'invalid_value' },
    ],
    ['a number as locale', { ...valid, locale: 7 }, { path: ['locale'], code: 'invalid_type' }],
    [
      'an invalid locale tag',
      { ...valid, locale: 'not_a_locale!' },
      { path: ['locale'], code: 'invalid_locale' },
    ],
    ['an empty locale', { ...valid, locale: '' }, { path: ['locale'], code: 'empty' }],
    ['no urls', { ...valid, urls: [] }, { path: ['urls'], code: 'too_few_items' }],
    ['missing urls', { ...valid, urls: undefined }, { path: ['urls'], code: 'required' }],
    [
      '21 urls',
      { ...valid, urls: Array.from({ length: 21 }, (_, i) => `https://example.com/${i}`) },
      { path: ['urls'], code: 'too_many_items' },
    ],
    [
      'a data: URL',
      { ...valid, urls: ['https://example.com/', 'data:image/png;base64,AAAA'] },
      { path: ['urls', 1], code: 'url_scheme_data' },
    ],
    [
      'a blob: URL',
      { ...valid, urls: ['blob:https://example.com/x'] },
      { path: ['urls', 0], code: 'url_scheme_blob' },
    ],
    [
      'a file: URL',
      { ...valid, urls: ['file:///etc/passwd'] },
      { path: ['urls', 0], code: 'url_scheme_file' },
    ],
    [
      'a javascript: URL',
      { ...valid, urls: ['javascript:void(0)'] },
      { path: ['urls', 0], code: 'url_scheme_javascript' },
    ],
    [
      'an ftp: URL',
      { ...valid, urls: ['ftp://example.com/'] },
      { path: ['urls', 0], code: 'url_scheme_unsupported' },
    ],
    ['a non-URL', { ...valid, urls: ['hello world'] }, { path: ['urls', 0], code: 'url_invalid' }],
    [
      'a URL over 2,048 characters',
      { ...valid, urls: [`https://example.com/${'x'.repeat(2048)}`] },
      { path: ['urls', 0], code: 'url_too_long' },
    ],
    ['a number as URL', { ...valid, urls: [42] }, { path: ['urls', 0], code: 'invalid_type' }],
    [
      'an unknown content type',
      { ...valid, contentTypes: ['photo'] },
      { path: ['contentTypes', 0], code: 'invalid_value' },
    ],
    [
      'an unknown place',
      { ...valid, whereFound: 'tv' },
      { path: ['whereFound'], code: 'invalid_value' },
    ],
    [
      'a description over 5,000 characters',
      { ...valid, description: 'x'.repeat(5001) },
      { path: ['description'], code: 'too_long' },
    ],
    [
      'goodFaith false',
      { ...valid, goodFaith: false },
      { path: ['goodFaith'], code: 'good_faith_required' },
    ],
    [
      'goodFaith missing',
      { ...valid, goodFaith: undefined },
      { path: ['goodFaith'], code: 'good_faith_required' },
    ],
    [
      'goodFaith as a string',
      { ...valid, goodFaith: 'true' },
      { path: ['goodFaith'], code: 'good_faith_required' },
    ],
    [
      'an unknown field',
      { ...valid, ipAddress: '192.0.2.1' },
      { path: ['ipAddress'], code: 'unknown_field' },
    ],
    [
      'an unknown contact field',
      { ...valid, contact: { consent: true, address: 'x' } },
      { path: ['contact', 'address'], code: 'unknown_field' },
    ],
    [
      'contact without consent field',
      { ...valid, contact: { email: 'a@example.com' } },
      { path: ['contact', 'consent'], code: 'required' },
    ],
    [
      'a malformed e-mail',
      { ...valid, contact: { consent: true, email: 'nobody' } },
      { path: ['contact', 'email'], code: 'invalid_email' },
    ],
    [
      'a malformed phone',
      { ...valid, contact: { consent: true, phone: 'call me' } },
      { path: ['contact', 'phone'], code: 'invalid_phone' },
    ],
  ];

  it.each(refused)('refuses %s', (_, input, issue) => {
    const result = parseSubmission(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining(issue));
  });

  it('refuses a __proto__ key as an unknown field without polluting anything', () => {
    const input = JSON.parse(
      `{"schemaVersion":1,"portal":"bz","locale":"es","urls":["https://example.com/"],"goodFaith":true,"__proto__":{"admin":true}}`,
    );
    const result = parseSubmission(input);
    expect(result).toEqual({ ok: false, issues: [{ path: ['__proto__'], code: 'unknown_field' }] });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('reports every issue at once', () => {
    const result = parseSubmission({
      schemaVersion: 1,
      portal: 'bz',
      urls: ['javascript:x'],
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.code).sort()).toEqual(
        ['good_faith_required', 'required', 'unknown_field', 'url_scheme_javascript'].sort(),
      );
    }
  });

  it('gives the limits as params', () => {
    const result = parseSubmission({ ...valid, description: 'x'.repeat(5001) });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['description'], code: 'too_long', params: { maximum: 5000 } }],
    });
  });

  it('checks the portal and its locales against the registry when given', () => {
    expect(parseSubmission({ ...valid, portal: 'zz' }, { portals })).toEqual({
      ok: false,
      issues: [{ path: ['portal'], code: 'unknown_portal' }],
    });
    expect(parseSubmission({ ...valid, portal: 'gt', locale: 'en' }, { portals })).toEqual({
      ok: false,
      issues: [{ path: ['locale'], code: 'unsupported_locale', params: { locales: 'es' } }],
    });
  });

  it('never throws on arbitrary JSON values, and only uses known codes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            { ...Object.fromEntries(Object.keys(valid).map((key) => [key, fc.jsonValue()])) },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          const result = parseSubmission(input);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expect(submissionIssueCodes).toContain(issue.code);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on valid-looking submissions with random strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 25 }),
        fc.string(),
        (urls, locale) => {
          const result = parseSubmission({ ...valid, urls, locale });
          if (result.ok) {
            for (const url of result.submission.urls) expect(url).toMatch(/^https?:\/\//);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers as the zod schema compiled by zod, bound to its portals (property)', () => {
    const bound = createSubmissionParser({ portals });
    const url = fc.oneof(
      fc.webUrl(),
      fc.constantFrom('javascript:x', 'data:,x', 'example.com/a', ' https://example.com/b ', ''),
      fc.string(),
    );
    const submission = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
        portal: fc.constantFrom('bz', 'gt', 'zz', 'B Z'),
        locale: fc.constantFrom('en', 'es', 'ES-gt', 'xx', '', 'not a tag'),
        urls: fc.array(url, { maxLength: 22 }),
        contentTypes: fc.array(fc.constantFrom('image', 'video', 'photo'), { maxLength: 7 }),
        whereFound: fc.constantFrom('forum', 'tv'),
        description: fc.string({ maxLength: 20 }),
        goodFaith: fc.oneof(fc.constant(true), fc.jsonValue()),
        contact: fc.record(
          { consent: fc.boolean(), email: fc.constantFrom('a@example.com', 'nope') },
          { requiredKeys: [] },
        ),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(submission, fc.jsonValue()), (input) => {
        expect(bound(input)).toEqual(parseSubmissionBySchema(input, { portals, compile: true }));
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs take about 2 s alone; a loaded machine must not turn that into a failure.
  }, 30_000);
});
