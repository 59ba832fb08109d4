// Turns a catalog file into its locale module: ICU messages precompiled by @messageformat/core,
// so the runtime is only @messageformat/runtime's small helpers and the locale's plural rule.
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { CatalogSource } from '../../src/locales/catalog-source.js';
import { isolatePlaceholders } from '../../src/locales/icu-tokens.js';

const generatedNotice = (file: string) =>
  `// Generated from ${file} by scripts/catalogs/generate-sources.ts: do not edit, run \`pnpm generate\`.`;

/** The message groups of a source catalog: `form.title` belongs to `form`, exported as `formMessages`. */
export function messageGroups(source: CatalogSource): { prefix: string; exportName: string }[] {
  const prefixes = [...new Set(Object.keys(source.messages).map((key) => key.split('.')[0]!))];
  return prefixes.map((prefix) => ({
    prefix,
    exportName: `${prefix.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())}Messages`,
  }));
}

/** The TypeScript module of one locale: metadata, one export per message group, the catalog. */
export function compileCatalogModule(catalog: CatalogSource, source: CatalogSource): string {
  const untranslated = new Set(catalog.untranslated ?? []);
  const messages = new Map<string, string>();
  for (const key of Object.keys(source.messages)) {
    const message = catalog.messages[key];
    if (message === undefined || untranslated.has(key)) continue;
    messages.set(key, catalog.direction === 'rtl' ? isolatePlaceholders(message) : message);
  }
  const compile = (subset: Record<string, string>) => {
    const messageFormat = new MessageFormat(catalog.locale);
    try {
      return compileModule(messageFormat, subset);
    } catch (error) {
      throw new Error(
        `${catalog.locale}.json does not compile (run \`reportal locales check\`): ${String(error)}`,
      );
    }
  };
  const [header = ''] = compile(Object.fromEntries(messages)).split('\nexport default ');
  const groups = messageGroups(source).map(({ prefix, exportName }) => {
    const subset = Object.fromEntries(
      [...messages].filter(([key]) => key.split('.')[0] === prefix),
    );
    const body = compile(subset)
      .split('\nexport default ')[1]!
      .replace(/\(d\) => /g, '(d: any) => ');
    // The runtime's plural() and select() return `unknown`: assert the group's type.
    return {
      exportName,
      text: `export const ${exportName} = ${body} as MessageGroup<'${prefix}'>;`,
    };
  });
  const language =
    new Intl.DisplayNames(['en'], { type: 'language' }).of(catalog.locale) ?? catalog.locale;
  const metadata = { locale: catalog.locale, direction: catalog.direction, status: catalog.status };
  return [
    generatedNotice(`locales/${catalog.locale}.json`),
    `/** ${language} (${catalog.locale}): the catalog, its metadata and its message groups. */`,
    header.replace(/"/g, "'"),
    "import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';",
    '',
    `/** The ${language} catalog's locale, direction and status. */`,
    `export const metadata: CatalogMetadata = ${JSON.stringify(metadata)};`,
    '',
    ...groups.map((group) => `${group.text}\n`),
    `/** The whole ${language} catalog (${messages.size} of ${Object.keys(source.messages).length} messages; the rest fall back). */`,
    `export const catalog = /* @__PURE__ */ defineCatalog(metadata, [${groups.map((group) => group.exportName).join(', ')}]);`,
    '',
  ].join('\n');
}

/** `catalogs/index.generated.ts`: every locale module, for code that serves all locales. */
export function renderCatalogIndex(locales: readonly string[]): string {
  const name = (locale: string) => locale.replace(/-/g, '_');
  return [
    generatedNotice('locales/*.json'),
    '/** Every shipped catalog, for servers; a browser bundle imports `@reportal/core/locales/<tag>` instead. */',
    "import type { LocaleCatalog } from '../catalog.js';",
    ...locales.map(
      (locale) => `import { catalog as ${name(locale)} } from './${locale}.generated.js';`,
    ),
    '',
    `export { ${locales.map(name).join(', ')} };`,
    '',
    '/** Every shipped catalog by locale. */',
    `export const catalogs: Readonly<Record<${locales.map((locale) => `'${locale}'`).join(' | ')}, LocaleCatalog>> = { ${locales.map((locale) => (locale.includes('-') ? `'${locale}': ${name(locale)}` : locale)).join(', ')} };`,
    '',
  ].join('\n');
}
