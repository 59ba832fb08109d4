import type {
  CatalogStatus,
  CompiledMessage,
  LocaleCatalog,
  MessageValues,
  TextDirection,
} from './catalog.js';
import type { MessageKey, MessageParams } from './messages.generated.js';

/** Options of `createTranslator`. */
export interface TranslatorOptions {
  /** Catalogs to try, in order, for a message the catalog lacks (see `resolveCatalogs`). */
  fallbacks?: readonly LocaleCatalog[] | undefined;
}

/** A formatted message and the catalog it came from (for `lang` and `dir` attributes). */
export interface LocalizedText {
  text: string;
  locale: string;
  direction: TextDirection;
}

/** Formats messages of one locale, falling back along its chain. */
export interface Translator {
  /** The formatted message; the key itself when no catalog of the chain has it. */
  <Key extends MessageKey>(key: Key, values?: MessageParams[Key]): string;
  /** The catalog's locale, direction and status (a draft should say so on the page). */
  readonly locale: string;
  readonly direction: TextDirection;
  readonly status: CatalogStatus;
  /** True when the catalog itself (not a fallback) has the message. */
  has(key: MessageKey): boolean;
  /** Like calling the translator, and says which catalog's message was used. */
  lookup<Key extends MessageKey>(key: Key, values?: MessageParams[Key]): LocalizedText;
}

/**
 * Creates the translator of a catalog: `t(key, values)` formats the catalog's ICU message, or
 * the first fallback's that has it. Right-to-left catalogs wrap placeholders in bidi isolates.
 *
 * @example
 * ```ts
 * import { catalog as en } from '@reportal/core/locales/en';
 * import { catalog as es } from '@reportal/core/locales/es';
 * const t = createTranslator(es, { fallbacks: [en] });
 * t('error.too_long', { maximum: 5000 }); // 'Usa como máximo 5000 caracteres.'
 * ```
 */
export function createTranslator(
  catalog: LocaleCatalog,
  options: TranslatorOptions = {},
): Translator {
  const chain = [catalog, ...(options.fallbacks ?? [])];
  const find = (key: MessageKey): [CompiledMessage, LocaleCatalog] | undefined => {
    for (const candidate of chain) {
      const message = candidate.messages[key];
      if (message) return [message, candidate];
    }
    return undefined;
  };
  const lookup = (key: MessageKey, values?: object): LocalizedText => {
    const found = find(key);
    if (!found) return { text: key, locale: catalog.locale, direction: catalog.direction };
    const [message, source] = found;
    return {
      text: message((values ?? {}) as MessageValues),
      locale: source.locale,
      direction: source.direction,
    };
  };
  const translate = (key: MessageKey, values?: object) => lookup(key, values).text;
  return Object.assign(translate, {
    locale: catalog.locale,
    direction: catalog.direction,
    status: catalog.status,
    has: (key: MessageKey) => catalog.messages[key] !== undefined,
    lookup,
  }) as Translator;
}
