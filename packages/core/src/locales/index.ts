/** @reportal/core/locales: the locale toolkit (translator, negotiation, fallback) and every shipped catalog; zod-free, so a browser bundle keeps only what it uses. */
export { FIRST_STRONG_ISOLATE, isolateBidi, POP_DIRECTIONAL_ISOLATE } from './bidi.js';
export {
  type CatalogMessages,
  type CatalogMetadata,
  type CatalogStatus,
  type CompiledMessage,
  defineCatalog,
  type LocaleCatalog,
  type MessageGroup,
  type MessageValues,
  SOURCE_LOCALE,
  type TextDirection,
} from './catalog.js';
export * from './catalogs/index.generated.js';
export {
  type FallbackOptions,
  localeFallbackChain,
  matchLocale,
  resolveCatalogs,
} from './fallback-chain.js';
export { localeDirection } from './locale-direction.js';
export { type LocalizedIssue, localizeIssue, localizeIssues } from './localize-issue.js';
export type { MessageKey, MessageParams } from './messages.generated.js';
export {
  type LocaleNegotiation,
  type NegotiateLocaleOptions,
  negotiateLocale,
} from './negotiate-locale.js';
export {
  createTranslator,
  type LocalizedText,
  type Translator,
  type TranslatorOptions,
} from './translator.js';
