import { type CatalogSource, localeDirection } from '@reportal/core';

/**
 * A new catalog for `locale`: every message copied from the source and listed as untranslated,
 * so `reportal locales check` lists exactly what is left to translate. A regional catalog whose
 * language has one (`es-GT` next to `es`) starts empty: it falls back to its parent and needs only
 * the messages that differ.
 */
export function scaffoldCatalog(
  locale: string,
  source: CatalogSource,
  options: { hasParent?: boolean } = {},
): CatalogSource {
  if (options.hasParent) {
    return { locale, direction: localeDirection(locale) ?? 'ltr', status: 'draft', messages: {} };
  }
  return {
    locale,
    direction: localeDirection(locale) ?? 'ltr',
    status: 'draft',
    messages: { ...source.messages },
    untranslated: Object.keys(source.messages),
  };
}
