import { describe, expect, it } from 'vitest';
import { defineCatalog, type LocaleCatalog } from './catalog.js';
import { catalog as en } from './catalogs/en.generated.js';
import * as esModule from './catalogs/es.generated.js';
import { catalog as es } from './catalogs/es.generated.js';
import { resolveCatalogs } from './fallback-chain.js';
import { createTranslator } from './translator.js';

// A draft catalog that has translated only one message.
const draft: LocaleCatalog = {
  locale: 'es-GT',
  direction: 'ltr',
  status: 'draft',
  messages: { 'form.submit': () => 'Mandar denuncia' },
};

describe('createTranslator', () => {
  it('formats messages with placeholders and plurals', () => {
    const t = createTranslator(en);
    expect(t('portal.operated_by', { hotline: 'Example Hotline' })).toBe(
      'Reports are assessed by Example Hotline.',
    );
    expect(t('error.too_long', { maximum: 1 })).toBe('Use at most 1 character.');
    expect(t('error.too_long', { maximum: 5000 })).toBe('Use at most 5,000 characters.');
    expect(t('error.summary.heading', { count: 3 })).toBe('There are 3 problems with your report');
  });

  it('formats Spanish with its own number format and plural categories', () => {
    const t = createTranslator(es);
    expect(t('error.too_long', { maximum: 1 })).toBe('Use como máximo 1 carácter.');
    expect(t('error.too_long', { maximum: 5000 })).toBe('Use como máximo 5000 caracteres.');
    expect(t('error.too_long', { maximum: 1_000_000 })).toBe(
      'Use como máximo 1.000.000 de caracteres.',
    );
  });

  it('selects by value and keeps the other branch for unknown values', () => {
    const t = createTranslator(en);
    expect(t('notice.explanation', { classification: 'national' })).toBe(
      'The content is illegal under the applicable national law.',
    );
    expect(t('privacy.stored', { precision: 'day' })).toContain('the day when the report arrived');
  });

  it('carries the catalog metadata', () => {
    const t = createTranslator(es);
    expect([t.locale, t.direction, t.status]).toEqual(['es', 'ltr', 'draft']);
  });

  it('falls back along the chain for a message the catalog lacks: es-GT -> es -> en', () => {
    const t = createTranslator(draft, { fallbacks: [es, en] });
    expect(t('form.submit')).toBe('Mandar denuncia');
    expect(t('form.required')).toBe('obligatorio');
    expect(t.has('form.required')).toBe(false);
    expect(t.lookup('form.required')).toEqual({
      text: 'obligatorio',
      locale: 'es',
      direction: 'ltr',
    });
  });

  it('falls back to the source when a regional chain has no catalog of its own', () => {
    const [catalog, ...fallbacks] = resolveCatalogs('es-GT', [en, es], { defaultLocale: 'en' });
    const t = createTranslator(catalog!, { fallbacks });
    expect(t.locale).toBe('es');
    expect(t('form.submit')).toBe('Enviar denuncia');
  });

  it('uses the English source for a message missing in every other catalog', () => {
    const empty = defineCatalog({ locale: 'sw', direction: 'ltr', status: 'draft' }, []);
    const t = createTranslator(empty, { fallbacks: [en] });
    expect(t.lookup('form.submit')).toEqual({
      text: 'Send report',
      locale: 'en',
      direction: 'ltr',
    });
  });

  it('answers the key itself when no catalog has the message', () => {
    const t = createTranslator(draft);
    expect(t('form.required')).toBe('form.required');
  });

  it('builds a catalog from some message groups only', () => {
    const t = createTranslator(
      defineCatalog(esModule.metadata, [esModule.formMessages, esModule.errorMessages]),
    );
    expect(t('form.submit')).toBe('Enviar denuncia');
    expect(t.has('console.title')).toBe(false);
  });
});
