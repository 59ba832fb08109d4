import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LocaleCatalog, type Portal, parsePortal, SOURCE_LOCALE } from '@reportal/core';
import { catalogSourceSchema, compileCatalog } from '@reportal/core/catalog-tools';
import type { DataFolders } from './data-folders.js';

/** The portals and catalogs as their files say now, read at start. */
export interface CoreData {
  portals: Portal[];
  /**
   * The catalogs a portal is served in, compiled: its locales, their parents (`es` for `es-GT`)
   * and the source. Compiling only these keeps the start fast (all twenty take about a second).
   */
  catalogsFor(portal: Portal): LocaleCatalog[];
}

const jsonFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();

/**
 * Reads every catalog (`locales/*.json`, compiled as the build would) and every jurisdiction file
 * (`jurisdictions/*.json`, checked by `parsePortal`), so that `reportal serve` serves a language
 * or portal added with `reportal locales add` or `jurisdictions add` without a rebuild. Throws
 * with each problem (file, field, what is wrong) when a file is not valid: run the `check`
 * commands to see them all.
 */
export function loadCoreData(folders: DataFolders): CoreData {
  const problems: string[] = [];
  const read = (folder: string, name: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const sources = new Map<string, ReturnType<typeof catalogSourceSchema.parse>>();
  for (const name of jsonFiles(folders.locales)) {
    const parsed = catalogSourceSchema.safeParse(read(folders.locales, name));
    if (parsed.success) sources.set(parsed.data.locale, parsed.data);
    else problems.push(`locales/${name}: not a catalog (run reportal locales check)`);
  }
  const source = sources.get(SOURCE_LOCALE);
  if (!source) problems.push(`locales/${SOURCE_LOCALE}.json: missing`);
  const portals: Portal[] = [];
  const catalogLocales = [...sources.keys()];
  for (const name of jsonFiles(folders.jurisdictions)) {
    const result = parsePortal(read(folders.jurisdictions, name), { catalogLocales });
    if (result.ok) portals.push(result.portal);
    else {
      for (const problem of result.problems)
        problems.push(`jurisdictions/${name}: ${problem.path}: ${problem.message}`);
    }
  }
  if (problems.length > 0 || !source) throw new Error(problems.join('\n'));
  return {
    portals,
    catalogsFor(portal) {
      const wanted = new Set([SOURCE_LOCALE]);
      for (const locale of portal.locales) {
        const parts = locale.split('-');
        for (let length = parts.length; length > 0; length--)
          wanted.add(parts.slice(0, length).join('-'));
      }
      const catalogs: LocaleCatalog[] = [];
      for (const locale of wanted) {
        const catalog = sources.get(locale);
        if (!catalog) continue;
        try {
          catalogs.push(compileCatalog(catalog, source));
        } catch (error) {
          problems.push(`locales/${(error as Error).message}`);
        }
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
      return catalogs;
    },
  };
}
