import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale.js';

const belize = { locales: ['en', 'es'], defaultLocale: 'en' };

describe('negotiateLocale', () => {
  it('takes the explicit choice first, matched to its nearest parent', () => {
    expect(negotiateLocale({ ...belize, choice: 'es' })).toEqual({
      locale: 'es',
      source: 'choice',
    });
    expect(negotiateLocale({ ...belize, choice: 'es-GT' })).toEqual({
      locale: 'es',
      source: 'choice',
    });
  });

  it('serves the portal default without a usable choice', () => {
    expect(negotiateLocale({ ...belize })).toEqual({ locale: 'en', source: 'default' });
    expect(negotiateLocale({ ...belize, choice: 'fr' })).toEqual({
      locale: 'en',
      source: 'default',
    });
    expect(negotiateLocale({ ...belize, choice: null })).toEqual({
      locale: 'en',
      source: 'default',
    });
  });

  it('never applies Accept-Language, only suggests', () => {
    expect(negotiateLocale({ ...belize, acceptLanguage: 'es-BZ,es;q=0.9,en;q=0.5' })).toEqual({
      locale: 'en',
      source: 'default',
      suggestion: 'es',
    });
    expect(negotiateLocale({ ...belize, choice: 'es', acceptLanguage: 'en-US,en;q=0.5' })).toEqual({
      locale: 'es',
      source: 'choice',
      suggestion: 'en',
    });
  });

  it('orders Accept-Language by quality and ignores what the portal does not serve', () => {
    expect(
      negotiateLocale({ ...belize, acceptLanguage: 'fr;q=1, en;q=0.2, es;q=0.8, *;q=0.1' })
        .suggestion,
    ).toBe('es');
    expect(negotiateLocale({ ...belize, acceptLanguage: 'es;q=0' }).suggestion).toBeUndefined();
    expect(
      negotiateLocale({ ...belize, acceptLanguage: 'en-US,en;q=0.5' }).suggestion,
    ).toBeUndefined();
  });
});
