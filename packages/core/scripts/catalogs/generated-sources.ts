// Source files generated from the data files (locales/*.json, jurisdictions/*.json): `pnpm generate`
// writes them and generated-sources.test.ts fails when a committed copy is stale.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePortal } from '../../src/jurisdictions/parse-portal.js';
import { SOURCE_LOCALE } from '../../src/locales/catalog.js';
import { type CatalogSource, catalogSourceSchema } from '../../src/locales/catalog-source.js';
import { compileCatalogModule, renderCatalogIndex } from './compile-catalog-module.js';
import { renderMessageTypes } from './render-message-types.js';
import { renderPortalRegistry } from './render-portal-registry.js';

/** A file under the package root whose whole content comes from `render`. */
export interface GeneratedSource {
  path: string;
  render(): string;
}

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const localesFolder = join(packageRoot, 'locales');
export const jurisdictionsFolder = join(packageRoot, 'jurisdictions');

/** The locales with a catalog file, the source first. */
export function catalogLocales(): string[] {
  const locales = readdirSync(localesFolder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return [SOURCE_LOCALE, ...locales.filter((locale) => locale !== SOURCE_LOCALE)];
}

export function readCatalog(locale: string): CatalogSource {
  const json: unknown = JSON.parse(readFileSync(join(localesFolder, `${locale}.json`), 'utf8'));
  return catalogSourceSchema.parse(json);
}

function readPortals() {
  const locales = catalogLocales();
  return readdirSync(jurisdictionsFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const result = parsePortal(
        JSON.parse(readFileSync(join(jurisdictionsFolder, name), 'utf8')),
        {
          catalogLocales: locales,
        },
      );
      if (!result.ok) {
        const problems = result.problems.map((problem) => `${problem.path}: ${problem.message}`);
        throw new Error(`jurisdictions/${name} is not valid:\n${problems.join('\n')}`);
      }
      return result.portal;
    });
}

export function generatedSources(): GeneratedSource[] {
  const locales = catalogLocales();
  return [
    {
      path: 'src/locales/messages.generated.ts',
      render: () => renderMessageTypes(readCatalog(SOURCE_LOCALE)),
    },
    ...locales.map((locale) => ({
      path: `src/locales/catalogs/${locale}.generated.ts`,
      render: () => compileCatalogModule(readCatalog(locale), readCatalog(SOURCE_LOCALE)),
    })),
    { path: 'src/locales/catalogs/index.generated.ts', render: () => renderCatalogIndex(locales) },
    {
      path: 'src/jurisdictions/portals.generated.ts',
      render: () => renderPortalRegistry(readPortals()),
    },
    // The subpath export of each locale (`@reportal/core/locales/<tag>`), never written by hand.
    {
      path: 'package.json',
      render: () =>
        renderLocaleExports(readFileSync(join(packageRoot, 'package.json'), 'utf8'), locales),
    },
  ];
}

/**
 * package.json with one `./locales/<tag>` export per catalog, in the place and shape of today's,
 * and nothing else changed.
 */
export function renderLocaleExports(packageJson: string, locales: readonly string[]): string {
  const manifest = JSON.parse(packageJson) as { exports: Record<string, unknown> };
  const entry = (locale: string) => ({
    import: { types: `./dist/locales/${locale}.d.ts`, default: `./dist/locales/${locale}.js` },
    require: { types: `./dist/locales/${locale}.d.cts`, default: `./dist/locales/${locale}.cjs` },
  });
  const exports: Record<string, unknown> = {};
  let placed = false;
  const placeLocales = () => {
    for (const locale of locales) exports[`./locales/${locale}`] = entry(locale);
    placed = true;
  };
  for (const [key, value] of Object.entries(manifest.exports)) {
    if (/^\.\/locales\/[^/]+$/.test(key)) {
      if (!placed) placeLocales();
      continue;
    }
    exports[key] = value;
  }
  if (!placed) placeLocales();
  manifest.exports = exports;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
