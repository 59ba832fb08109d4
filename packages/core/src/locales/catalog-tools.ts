// @reportal/core/catalog-tools: reading and compiling catalog files at run time (servers and
// tools; browsers use the precompiled `@reportal/core/locales/<tag>` modules).
export { type CatalogSource, catalogSourceSchema } from './catalog-source.js';
export { compileCatalog } from './compile-catalog.js';
export { isolatePlaceholders, type PlaceholderKind, placeholdersOf } from './icu-tokens.js';
