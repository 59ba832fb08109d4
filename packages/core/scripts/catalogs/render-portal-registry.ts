import type { Portal } from '../../src/jurisdictions/portal-schema.js';

/** `portals.generated.ts`: the jurisdiction data files, validated and with defaults applied. */
export function renderPortalRegistry(portals: readonly Portal[]): string {
  return [
    '// Generated from jurisdictions/*.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.',
    "import type { Portal } from './portal-schema.js';",
    '',
    '/** The portals of the jurisdiction registry, in id order. */',
    `export const portals: readonly Portal[] = ${JSON.stringify(portals, null, 2)};`,
    '',
  ].join('\n');
}
