import {
  createTranslator,
  type LocaleCatalog,
  localeFallbackChain,
  negotiateLocale,
  type Portal,
  type Translator,
} from '@reportal/core';

/** The translators of one portal: one per locale it serves, each falling back along its chain. */
export interface PortalLocalization {
  /** The translator for an explicit choice (a `locale` field or parameter), else the default. */
  translatorFor(choice?: string | null): Translator;
}

/**
 * Prepares the translators of a portal from the catalogs at hand (each portal locale needs its
 * catalog; `en`, the source, is the last fallback of every chain).
 */
export function createPortalLocalization(
  portal: Pick<Portal, 'locales' | 'defaultLocale'>,
  catalogs: readonly LocaleCatalog[],
): PortalLocalization {
  const byLocale = new Map(catalogs.map((catalog) => [catalog.locale, catalog]));
  const translators = new Map<string, Translator>();
  for (const locale of portal.locales) {
    const chain = localeFallbackChain(locale, { defaultLocale: portal.defaultLocale })
      .map((tag) => byLocale.get(tag))
      .filter((catalog): catalog is LocaleCatalog => catalog !== undefined);
    const [own, ...fallbacks] = chain;
    if (!own) throw new Error(`No catalog for the portal locale ${locale}`);
    translators.set(locale, createTranslator(own, { fallbacks }));
  }
  // Choices repeat (`es`, `en`, ...): remember where each led, up to a bound.
  const chosen = new Map<string, Translator>();
  return {
    translatorFor(choice) {
      const known = choice ? chosen.get(choice) : undefined;
      if (known) return known;
      const { locale } = negotiateLocale({
        choice,
        locales: portal.locales,
        defaultLocale: portal.defaultLocale,
      });
      const translator = translators.get(locale)!;
      if (choice && chosen.size < 64) chosen.set(choice, translator);
      return translator;
    },
  };
}
