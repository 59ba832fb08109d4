import { type LocaleCatalog, SOURCE_LOCALE } from './catalog.js';

/** Options of `localeFallbackChain` and `resolveCatalogs`. */
export interface FallbackOptions {
  /** The portal's default locale, tried after the requested locale and its parents. */
  defaultLocale?: string | undefined;
}

/**
 * The locales to try for a message, most specific first: the requested locale, its parents, the
 * portal's default locale, then the source locale `en`. Extensions (`-u-...`) are ignored and
 * duplicates removed; an invalid tag contributes nothing.
 *
 * @example
 * ```ts
 * localeFallbackChain('es-GT', { defaultLocale: 'en' }); // ['es-GT', 'es', 'en']
 * localeFallbackChain('ur', { defaultLocale: 'en' }); // ['ur', 'en']
 * ```
 */
export function localeFallbackChain(locale: string, options: FallbackOptions = {}): string[] {
  const chain: string[] = [...parentsOf(locale)];
  if (options.defaultLocale !== undefined) chain.push(...parentsOf(options.defaultLocale));
  chain.push(SOURCE_LOCALE);
  return [...new Set(chain)];
}

/**
 * The catalogs to use for a requested locale, in fallback order, taken from those available.
 * Pass the result to `createTranslator`.
 *
 * @example
 * ```ts
 * import { catalogs } from '@reportal/core/locales';
 * const [catalog, ...fallbacks] = resolveCatalogs('es-GT', Object.values(catalogs), { defaultLocale: 'en' });
 * const t = createTranslator(catalog!, { fallbacks });
 * ```
 */
export function resolveCatalogs(
  locale: string,
  available: readonly LocaleCatalog[],
  options: FallbackOptions = {},
): LocaleCatalog[] {
  const byLocale = new Map(available.map((catalog) => [catalog.locale.toLowerCase(), catalog]));
  const result: LocaleCatalog[] = [];
  for (const tag of localeFallbackChain(locale, options)) {
    const catalog = byLocale.get(tag.toLowerCase());
    if (catalog) result.push(catalog);
  }
  return result;
}

/**
 * The best of `locales` for a requested tag: the tag itself or its nearest parent
 * (`es-GT` -> `es`), compared without regard to case. `undefined` when none fits.
 *
 * @example
 * ```ts
 * matchLocale('es-GT', ['en', 'es']); // 'es'
 * matchLocale('fr', ['en', 'es']); // undefined
 * ```
 */
export function matchLocale(requested: string, locales: readonly string[]): string | undefined {
  for (const tag of parentsOf(requested)) {
    const match = locales.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (match !== undefined) return match;
  }
  return undefined;
}

/** `es-Latn-GT` -> `['es-Latn-GT', 'es-Latn', 'es']`; `[]` for an invalid tag. */
function parentsOf(locale: string): string[] {
  let baseName: string;
  try {
    baseName = new Intl.Locale(locale.trim()).baseName;
  } catch {
    return [];
  }
  const parts = baseName.split('-');
  const result: string[] = [];
  for (let length = parts.length; length > 0; length--) {
    result.push(parts.slice(0, length).join('-'));
  }
  return result;
}
