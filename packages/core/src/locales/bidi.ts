/** FIRST STRONG ISOLATE: starts a run whose direction comes from its own first strong character. */
export const FIRST_STRONG_ISOLATE = '\u2068';
/** POP DIRECTIONAL ISOLATE: ends the run that `FIRST_STRONG_ISOLATE` started. */
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Wraps text in a bidi isolate, so a Latin URL inside Arabic or Urdu text keeps its own order
 * and does not reorder its neighbours. Right-to-left catalogs already isolate their placeholders;
 * use this for text you put next to a message yourself (in HTML, prefer `<bdi>`).
 *
 * @example
 * ```ts
 * `${t('notice.url_label')}: ${isolateBidi('https://example.com/a?b=1')}`;
 * ```
 */
export function isolateBidi(text: string): string {
  return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
}
