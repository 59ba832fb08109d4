import { readdirSync, readFileSync } from 'node:fs';
import * as cardinals from '@messageformat/runtime/lib/cardinals';
import { describe, expect, it } from 'vitest';
import { submissionIssueCodes } from '../schema/issue-codes.js';
import type { LocaleCatalog } from './catalog.js';
import { catalogs } from './catalogs/index.generated.js';
import { localeDirection } from './locale-direction.js';
import type { MessageKey } from './messages.generated.js';
import { createTranslator } from './translator.js';

const packageFolder = new URL('../../', import.meta.url);
const catalogFiles = readdirSync(new URL('locales/', packageFolder))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
const all: [string, LocaleCatalog][] = Object.entries(catalogs);
const receiptCodes = ['receipt_length', 'receipt_character', 'receipt_check'] as const;
const isolate = (text: string) => `\u2068${text}\u2069`;

describe('shipped catalogs', () => {
  it('include the eight launch locales, one module per catalog file', () => {
    expect(Object.keys(catalogs)).toEqual(
      expect.arrayContaining(['en', 'es', 'fr', 'pt', 'ar', 'ur', 'hi', 'sw']),
    );
    expect(Object.keys(catalogs).sort()).toEqual([...catalogFiles].sort());
  });

  it('each have a subpath export @reportal/core/locales/<tag>', () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', packageFolder), 'utf8'));
    for (const locale of catalogFiles) {
      expect(manifest.exports[`./locales/${locale}`]?.import?.default).toBe(
        `./dist/locales/${locale}.js`,
      );
    }
  });

  it.each(all)('%s: direction agrees with the locale; only the source is reviewed', (locale, c) => {
    expect(c.locale).toBe(locale);
    expect(c.direction).toBe(localeDirection(locale));
    if (locale !== 'en') expect(c.status).toBe('draft');
  });

  it.each(all)('%s: has a message for every submission issue code and receipt code', (_, c) => {
    for (const code of [...submissionIssueCodes, ...receiptCodes]) {
      expect(c.messages[`error.${code}` as MessageKey], code).toBeTypeOf('function');
    }
  });

  it.each(all)('%s: its runtime plural rule agrees with Intl.PluralRules', (locale) => {
    // make-plural names rules by language (zh for zh-Hans).
    const rules = cardinals as unknown as Record<string, (n: number) => string>;
    const rule = rules[locale] ?? rules[locale.split('-')[0]!]!;
    const intl = new Intl.PluralRules(locale);
    for (let n = 0; n <= 1000; n++) expect(rule(n), `${locale} ${n}`).toBe(intl.select(n));
    expect(rule(1_000_000)).toBe(intl.select(1_000_000));
  });
});

describe('plurals', () => {
  it('ar: uses all six CLDR categories', () => {
    const t = createTranslator(catalogs.ar);
    const count = (n: number) => isolate(new Intl.NumberFormat('ar').format(n));
    expect(t('error.summary.heading', { count: 0 })).toBe(`توجد ${count(0)} مشكلة في بلاغك`);
    expect(t('error.summary.heading', { count: 1 })).toBe('توجد مشكلة واحدة في بلاغك');
    expect(t('error.summary.heading', { count: 2 })).toBe('توجد مشكلتان في بلاغك');
    expect(t('error.summary.heading', { count: 3 })).toBe(`توجد ${count(3)} مشكلات في بلاغك`);
    expect(t('error.summary.heading', { count: 11 })).toBe(`توجد ${count(11)} مشكلة في بلاغك`);
    expect(t('error.summary.heading', { count: 100 })).toBe(`توجد ${count(100)} مشكلة في بلاغك`);
    expect(t('notice.request', { deadlineHours: 2 })).toContain('ساعتين');
    expect(t('notice.request', { deadlineHours: 72 })).toContain(`${count(72)} ساعة`);
  });

  it('fr: zero and one are singular, millions take "de"', () => {
    const t = createTranslator(catalogs.fr);
    const count = (n: number) => new Intl.NumberFormat('fr').format(n);
    expect(t('error.summary.heading', { count: 0 })).toBe('Votre signalement comporte 0 problème');
    expect(t('error.summary.heading', { count: 1 })).toBe('Votre signalement comporte 1 problème');
    expect(t('error.summary.heading', { count: 2 })).toBe('Votre signalement comporte 2 problèmes');
    expect(t('error.summary.heading', { count: 1_000_000 })).toBe(
      `Votre signalement comporte ${count(1_000_000)} de problèmes`,
    );
    expect(t('notice.request', { deadlineHours: 72 })).toContain('72 heures');
  });
});

describe('bidi isolation', () => {
  const url = 'https://example.com/gallery/123?page=2';

  it('ar: wraps placeholders in FSI ... PDI', () => {
    const t = createTranslator(catalogs.ar);
    expect(t('notice.subject', { url })).toBe(
      `مواد اعتداء جنسي على الأطفال على الرابط ${isolate(url)}`,
    );
    expect(t('portal.operated_by', { hotline: 'Example Hotline' })).toBe(
      `تُقيَّم البلاغات من قِبل ${isolate('Example Hotline')}.`,
    );
  });

  it('ur: wraps placeholders in FSI ... PDI, also at the start of the text', () => {
    const t = createTranslator(catalogs.ur);
    expect(t('notice.subject', { url })).toBe(`${isolate(url)} پر بچوں کے جنسی استحصال کا مواد`);
    expect(t('legal.hotline_website', { hotline: 'Example Hotline', website: url })).toBe(
      `${isolate('Example Hotline')} کی ویب سائٹ: ${isolate(url)}`,
    );
  });

  it('leaves left-to-right catalogs alone', () => {
    expect(createTranslator(catalogs.en)('notice.subject', { url })).toBe(
      `Child sexual abuse material at ${url}`,
    );
  });
});
