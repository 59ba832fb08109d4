import { readdirSync, readFileSync } from 'node:fs';
import type { CatalogSource } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from './check-catalog.js';

const source: CatalogSource = {
  locale: 'en',
  direction: 'ltr',
  status: 'reviewed',
  messages: {
    'form.title': 'Report',
    'portal.operated_by': 'Reports are assessed by {hotline}.',
    'error.summary': '{count, plural, one {# problem} other {# problems}}',
    'notice.explanation': '{classification, select, baseline {Baseline.} other {{classification}}}',
  },
};

const french: CatalogSource = {
  locale: 'fr',
  direction: 'ltr',
  status: 'draft',
  messages: {
    'form.title': 'Signaler',
    'portal.operated_by': 'Les signalements sont évalués par {hotline}.',
    'error.summary': '{count, plural, one {# problème} many {# de problèmes} other {# problèmes}}',
    'notice.explanation':
      '{classification, select, baseline {Référence.} other {{classification}}}',
  },
};

const problems = (catalog: unknown, fileLocale = 'fr') =>
  checkCatalog(catalog, { file: `${fileLocale}.json`, fileLocale, source }).problems.map(
    (problem) => `${problem.file}: ${problem.key}: ${problem.message}`,
  );

const withMessages = (messages: Record<string, string>, base: CatalogSource = french) => ({
  ...base,
  messages: { ...base.messages, ...messages },
});

describe('checkCatalog', () => {
  it('refuses a message left as in English, unless the language writes it the same', () => {
    expect(problems(withMessages({ 'form.title': 'Report' }))).toEqual([
      'fr.json: form.title: left as in en.json ("Report"): translate it, or list the key in "sameAsSource" if fr writes it the same',
    ]);
    expect(
      problems({ ...withMessages({ 'form.title': 'Report' }), sameAsSource: ['form.title'] }),
    ).toEqual([]);
    // Listed, but translated after all (or not a key): the list is wrong.
    expect(problems({ ...french, sameAsSource: ['form.title', 'form.nothing'] })).toEqual([
      'fr.json: form.title: listed in "sameAsSource" but differs from en.json',
      'fr.json: form.nothing: listed in "sameAsSource" but not a key of en.json',
    ]);
    // Placeholders, codes and acronyms alone are not words to translate.
    const codes: CatalogSource = {
      ...source,
      messages: { 'page.title': '{page} – {portal}', 'a.code': 'A1', 'a.count': '{count} URLs' },
    };
    const same = { ...codes, locale: 'fr', status: 'draft' as const };
    expect(
      checkCatalog(same, { file: 'fr.json', fileLocale: 'fr', source: codes }).problems,
    ).toEqual([]);
  });

  it('refuses markup that differs from the source', () => {
    const marked: CatalogSource = {
      ...source,
      messages: { 'form.help': 'Read the <a href="/privacy">privacy page</a> first.' },
    };
    const check = (message: string) =>
      checkCatalog(
        { ...marked, locale: 'fr', status: 'draft', messages: { 'form.help': message } },
        { file: 'fr.json', fileLocale: 'fr', source: marked },
      ).problems.map((problem) => problem.message);
    expect(check('Lisez d’abord la <a href="/privacy">page de confidentialité</a>.')).toEqual([]);
    expect(check('Lisez d’abord la page de confidentialité.')).toEqual([
      'markup differs from en.json: expected </a> <a href="/privacy">, found no tags',
    ]);
  });

  it('accepts a complete catalog', () => {
    expect(problems(french)).toEqual([]);
  });

  it('finds a missing key', () => {
    const { 'form.title': _, ...messages } = french.messages;
    expect(problems({ ...french, messages })).toEqual([
      'fr.json: form.title: missing (en.json has this key)',
    ]);
  });

  it('finds an extra key', () => {
    expect(problems(withMessages({ 'form.titel': 'Signaler' }))).toEqual([
      'fr.json: form.titel: extra key: en.json has no such message',
    ]);
  });

  it('finds placeholders that differ from the source', () => {
    expect(problems(withMessages({ 'portal.operated_by': 'Évalués par {ligne}.' }))).toEqual([
      'fr.json: portal.operated_by: placeholders differ from en.json: missing {hotline}; unexpected {ligne}',
    ]);
  });

  it('finds a placeholder swallowed by an ASCII apostrophe', () => {
    expect(
      problems(withMessages({ 'portal.operated_by': "Évalués par l'{hotline} et l'équipe." })),
    ).toEqual(['fr.json: portal.operated_by: placeholders differ from en.json: missing {hotline}']);
  });

  it('finds an ICU syntax error', () => {
    expect(problems(withMessages({ 'portal.operated_by': 'Évalués par {hotline.' }))).toEqual([
      'fr.json: portal.operated_by: ICU syntax error: invalid syntax at line 1 col 21 (the braces { } do not pair up)',
    ]);
  });

  it('finds a plural message missing a CLDR category the locale needs', () => {
    expect(
      problems(
        withMessages({ 'error.summary': '{count, plural, one {# problème} other {# problèmes}}' }),
      ),
    ).toEqual([
      'fr.json: error.summary: plural {count} lacks the categories many that fr needs (it uses one, many, other)',
    ]);
  });

  it('asks Arabic for all six categories', () => {
    const arabic = {
      locale: 'ar',
      direction: 'rtl',
      status: 'draft',
      messages: {
        ...french.messages,
        'error.summary': '{count, plural, one {مشكلة واحدة} other {# مشكلة}}',
      },
    };
    expect(problems(arabic, 'ar')).toEqual([
      'ar.json: error.summary: plural {count} lacks the categories zero, two, few, many that ar needs (it uses zero, one, two, few, many, other)',
    ]);
  });

  it('finds a plural category the locale does not use', () => {
    expect(
      problems(
        withMessages({
          'error.summary': '{count, plural, one {#} two {#} many {#} other {#}}',
        }),
      ),
    ).toEqual([
      'fr.json: error.summary: plural {count} has the categories two, which fr does not use (it uses one, many, other)',
    ]);
  });

  it('finds select cases renamed in translation', () => {
    expect(
      problems(
        withMessages({
          'notice.explanation':
            '{classification, select, référence {Référence.} other {{classification}}}',
        }),
      ),
    ).toEqual([
      'fr.json: notice.explanation: select {classification} lacks the cases baseline of en.json (keep select keys untranslated)',
    ]);
  });

  it('finds a direction that disagrees with the locale', () => {
    expect(problems({ ...french, locale: 'ar', direction: 'ltr' }, 'ar')).toContain(
      'ar.json: direction: "ltr" disagrees with ar, which is written right to left ("rtl")',
    );
    expect(problems({ ...french, direction: 'rtl' })).toEqual([
      'fr.json: direction: "rtl" disagrees with fr, which is written left to right ("ltr")',
    ]);
  });

  it('lists untranslated messages, and refuses "reviewed" while some are left', () => {
    expect(problems({ ...french, untranslated: ['form.title'] })).toEqual([
      'fr.json: form.title: not translated yet (listed in "untranslated")',
    ]);
    expect(problems({ ...french, status: 'reviewed', untranslated: ['form.title'] })).toEqual([
      'fr.json: status: "reviewed", but 1 messages are not translated yet',
      'fr.json: form.title: not translated yet (listed in "untranslated")',
    ]);
  });

  it('finds a locale that is invalid or does not match the file name', () => {
    expect(problems({ ...french, locale: 'fr_FR' })).toEqual([
      'fr.json: locale: "fr_FR" is not a valid BCP 47 language tag',
      'fr.json: locale: "fr_FR" does not match the file name fr.json',
    ]);
  });

  it('explains a file of the wrong shape', () => {
    expect(problems({ locale: 'fr', direction: 'left', messages: { a: 1 }, extra: true })).toEqual([
      'fr.json: direction: must be "ltr" or "rtl"',
      'fr.json: status: must be "draft" or "reviewed"',
      'fr.json: messages.a: must be an object mapping each key to an ICU message string',
      'fr.json: extra: unknown field of a catalog file',
    ]);
  });
});

describe('shipped catalogs', () => {
  const folder = new URL('../../../core/locales/', import.meta.url);
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
  const shippedSource = read('en.json') as CatalogSource;

  it('include the eight launch locales', () => {
    expect(files).toEqual(
      expect.arrayContaining(
        ['en', 'es', 'fr', 'pt', 'ar', 'ur', 'hi', 'sw'].map((l) => `${l}.json`),
      ),
    );
  });

  it.each(files)('%s passes the checker', (file) => {
    const locale = file.slice(0, -'.json'.length);
    const result = checkCatalog(read(file), {
      file,
      fileLocale: locale,
      source: locale === 'en' ? undefined : shippedSource,
    });
    expect(result.problems).toEqual([]);
  });
});
