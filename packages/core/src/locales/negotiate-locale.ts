import { matchLocale } from './fallback-chain.js';

/** Options of `negotiateLocale`. */
export interface NegotiateLocaleOptions {
  /** The reporter's explicit choice: the `locale` field, a path segment or a parameter. */
  choice?: string | null | undefined;
  /** The locales the portal serves. */
  locales: readonly string[];
  /** The portal's default locale (one of `locales`). */
  defaultLocale: string;
  /** The `Accept-Language` header: a hint only, never applied on its own. */
  acceptLanguage?: string | null | undefined;
}

/** The outcome of `negotiateLocale`. */
export interface LocaleNegotiation {
  /** The locale to serve: one of the portal's locales. */
  locale: string;
  /** Whether it came from the reporter's choice or is the portal's default. */
  source: 'choice' | 'default';
  /**
   * A portal locale that the `Accept-Language` header prefers and that differs from `locale`:
   * something to offer ("also in English"), never to switch to. Tor Browser sends `en-US` to
   * every site, so the header says little about the reporter.
   */
  suggestion?: string;
}

/**
 * Picks the locale of a page or a response: the reporter's explicit choice first (its nearest
 * parent the portal serves: `es-GT` -> `es`), then the portal's default. `Accept-Language` only
 * yields a suggestion.
 *
 * @example
 * ```ts
 * negotiateLocale({ choice: 'es-GT', locales: ['en', 'es'], defaultLocale: 'en' });
 * // { locale: 'es', source: 'choice' }
 * negotiateLocale({ locales: ['en', 'es'], defaultLocale: 'en', acceptLanguage: 'es-BZ,es;q=0.9' });
 * // { locale: 'en', source: 'default', suggestion: 'es' }
 * ```
 */
export function negotiateLocale(options: NegotiateLocaleOptions): LocaleNegotiation {
  const chosen =
    typeof options.choice === 'string' ? matchLocale(options.choice, options.locales) : undefined;
  const negotiation: LocaleNegotiation =
    chosen !== undefined
      ? { locale: chosen, source: 'choice' }
      : { locale: options.defaultLocale, source: 'default' };
  const hinted = options.acceptLanguage
    ? preferredLocale(options.acceptLanguage, options.locales)
    : undefined;
  if (hinted !== undefined && hinted !== negotiation.locale) negotiation.suggestion = hinted;
  return negotiation;
}

/** The first of `locales` that an `Accept-Language` header asks for, by quality. */
function preferredLocale(header: string, locales: readonly string[]): string | undefined {
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [range = '', ...parameters] = part.trim().split(';');
      const quality = parameters
        .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return { range: range.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.range !== '' && entry.range !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranges) {
    const match = matchLocale(range, locales);
    if (match !== undefined) return match;
  }
  return undefined;
}
