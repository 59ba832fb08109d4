import { type CatalogSource, localeDirection } from '@reportal/core';

/**
 * A new catalog for `locale`: every message copied from the source and listed as untranslated,
 * so `reportal locales check` lists exactly what is left to translate.
 */
export function scaffoldCatalog(locale: string, source: CatalogSource): CatalogSource {
  return {
    locale,
    direction: localeDirection(locale) ?? 'ltr',
    status: 'draft',
    messages: { ...source.messages },
    untranslated: Object.keys(source.messages),
  };
}
