import MessageFormat from '@messageformat/core';
import { type CompiledMessage, defineCatalog, type LocaleCatalog } from './catalog.js';
import type { CatalogSource } from './catalog-source.js';
import { isolatePlaceholders } from './icu-tokens.js';

/**
 * Compiles a catalog file's content at run time, as the build does: every translated message of
 * the source catalog's keys (untranslated ones fall back), placeholders isolated in right-to-left
 * catalogs. For servers that read catalogs from their files (`reportal serve`), so that a new or
 * changed catalog is served without a rebuild. Check the file first (`reportal locales check`):
 * a message that does not compile throws, naming the catalog and key.
 *
 * @example
 * ```ts
 * import { compileCatalog } from '@reportal/core/catalog-tools';
 * const catalog = compileCatalog(JSON.parse(faText), JSON.parse(enText));
 * ```
 */
export function compileCatalog(catalog: CatalogSource, source: CatalogSource): LocaleCatalog {
  const messageFormat = new MessageFormat(catalog.locale);
  const untranslated = new Set(catalog.untranslated ?? []);
  const messages: Record<string, CompiledMessage> = {};
  for (const key of Object.keys(source.messages)) {
    const message = catalog.messages[key];
    if (message === undefined || untranslated.has(key)) continue;
    try {
      messages[key] = messageFormat.compile(
        catalog.direction === 'rtl' ? isolatePlaceholders(message) : message,
      ) as CompiledMessage;
    } catch (error) {
      throw new Error(`${catalog.locale}.json: ${key} does not compile: ${String(error)}`);
    }
  }
  const { locale, direction, status } = catalog;
  return defineCatalog({ locale, direction, status }, [messages]);
}
