import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** Where the catalogs and jurisdiction files live: `packages/core/locales` and `.../jurisdictions`. */
export interface DataFolders {
  locales: string;
  jurisdictions: string;
}

/**
 * Finds @reportal/core's data folders: the `--core` folder when given; else the core folder or
 * the repository that contains the working directory (found by walking up); else the installed
 * @reportal/core package. `undefined` when none has a source catalog.
 */
export function findDataFolders(cwd: string, core?: string): DataFolders | undefined {
  const candidates: string[] = [];
  if (core !== undefined) {
    candidates.push(resolve(cwd, core));
  } else {
    for (let folder = resolve(cwd); ; folder = dirname(folder)) {
      candidates.push(folder, join(folder, 'packages', 'core'));
      if (dirname(folder) === folder) break;
    }
    try {
      const require = createRequire(import.meta.url);
      candidates.push(dirname(require.resolve('@reportal/core/package.json')));
    } catch {
      // not installed: nothing more to try
    }
  }
  for (const folder of candidates) {
    if (existsSync(join(folder, 'locales', 'en.json'))) {
      return { locales: join(folder, 'locales'), jurisdictions: join(folder, 'jurisdictions') };
    }
  }
  return undefined;
}
