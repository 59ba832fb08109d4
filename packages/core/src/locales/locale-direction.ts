import type { TextDirection } from './catalog.js';

// Scripts written right to left (ISO 15924), as far as a portal is likely to meet them.
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * The writing direction of a locale, from its likely script (`ur` -> `Arab` -> `rtl`). Returns
 * `undefined` for a tag that is not valid BCP 47.
 *
 * @example
 * ```ts
 * localeDirection('ar'); // 'rtl'
 * localeDirection('sw'); // 'ltr'
 * ```
 */
export function localeDirection(locale: string): TextDirection | undefined {
  let script: string | undefined;
  try {
    script = new Intl.Locale(locale).maximize().script;
  } catch {
    return undefined;
  }
  return script !== undefined && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
}
