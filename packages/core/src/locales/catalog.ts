import type { MessageKey } from './messages.generated.js';

/** The locale every other catalog is translated from, and the end of every fallback chain. */
export const SOURCE_LOCALE = 'en';

/** Writing direction of a locale's script. */
export type TextDirection = 'ltr' | 'rtl';

/** `draft` until a native speaker has reviewed the catalog (every machine-drafted catalog starts so). */
export type CatalogStatus = 'draft' | 'reviewed';

/** Values for a message's placeholders, e.g. `{ maximum: 20 }` or `{ hotline: 'Example Hotline' }`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** One message, compiled from ICU MessageFormat at build time. */
export type CompiledMessage = (values: MessageValues) => string;

/** What a catalog says about itself. */
export interface CatalogMetadata {
  /** BCP 47 tag, e.g. `es` or `ar`. */
  readonly locale: string;
  readonly direction: TextDirection;
  readonly status: CatalogStatus;
}

/** Compiled messages by key; a draft catalog may lack some (they fall back along the chain). */
export type CatalogMessages = { readonly [Key in MessageKey]?: CompiledMessage };

/** The messages of one group of keys, e.g. `MessageGroup<'form'>` for every `form.*` key. */
export type MessageGroup<Prefix extends string> = {
  readonly [Key in MessageKey as Key extends `${Prefix}.${string}` ? Key : never]?: CompiledMessage;
};

/** A locale's catalog: its metadata and its compiled messages. */
export interface LocaleCatalog extends CatalogMetadata {
  readonly messages: CatalogMessages;
}

/**
 * Assembles a catalog from a locale's metadata and some of its message groups. Each locale module
 * exports its groups (`formMessages`, `errorMessages`, ...), so a browser bundle that needs only
 * the report form can carry only those.
 *
 * @example
 * ```ts
 * import * as es from '@reportal/core/locales/es';
 * const t = createTranslator(defineCatalog(es.metadata, [es.formMessages, es.errorMessages]));
 * ```
 */
export function defineCatalog(
  metadata: CatalogMetadata,
  groups: readonly CatalogMessages[],
): LocaleCatalog {
  const messages: Record<string, CompiledMessage> = {};
  for (const group of groups) Object.assign(messages, group);
  return {
    locale: metadata.locale,
    direction: metadata.direction,
    status: metadata.status,
    messages,
  };
}
