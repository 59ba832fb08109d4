import { describe, expect, it } from 'vitest';
import type { LocaleCatalog } from './catalog.js';
import { localeFallbackChain, matchLocale, resolveCatalogs } from './fallback-chain.js';

const catalog = (locale: string): LocaleCatalog => ({
  locale,
  direction: 'ltr',
  status: 'draft',
  messages: {},
});

describe('localeFallbackChain', () => {
  it('goes from the region to the language, the portal default and the source', () => {
    expect(localeFallbackChain('es-GT', { defaultLocale: 'en' })).toEqual(['es-GT', 'es', 'en']);
    expect(localeFallbackChain('es-GT', { defaultLocale: 'pt' })).toEqual([
      'es-GT',
      'es',
      'pt',
      'en',
    ]);
    expect(localeFallbackChain('ur')).toEqual(['ur', 'en']);
  });

  it('drops extensions, canonicalizes case and ignores invalid tags', () => {
    expect(localeFallbackChain('ES-latn-gt-u-nu-latn')).toEqual([
      'es-Latn-GT',
      'es-Latn',
      'es',
      'en',
    ]);
    expect(localeFallbackChain('not a tag', { defaultLocale: 'es' })).toEqual(['es', 'en']);
  });
});

describe('resolveCatalogs', () => {
  it('keeps the available catalogs in chain order', () => {
    const available = [catalog('en'), catalog('es'), catalog('fr')];
    expect(
      resolveCatalogs('es-GT', available, { defaultLocale: 'fr' }).map((c) => c.locale),
    ).toEqual(['es', 'fr', 'en']);
  });
});

describe('matchLocale', () => {
  it('finds the tag or its nearest parent among the locales', () => {
    expect(matchLocale('es-GT', ['en', 'es'])).toBe('es');
    expect(matchLocale('EN', ['en', 'es'])).toBe('en');
    expect(matchLocale('fr', ['en', 'es'])).toBeUndefined();
    expect(matchLocale('', ['en'])).toBeUndefined();
  });
});
