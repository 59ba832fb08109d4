import type { CatalogSource } from '../../src/locales/catalog-source.js';
import { placeholdersOf } from '../../src/locales/icu-tokens.js';

const typeOf = { number: 'number', text: 'string', any: 'string | number' } as const;

/** `messages.generated.ts`: the keys of the source catalog and the placeholders of each message. */
export function renderMessageTypes(source: CatalogSource): string {
  const entries = Object.entries(source.messages).map(([key, message]) => {
    const placeholders = [...placeholdersOf(message)];
    const shape =
      placeholders.length === 0
        ? 'Record<string, never>'
        : `{ ${placeholders.map(([name, kind]) => `readonly ${name}: ${typeOf[kind]}`).join('; ')} }`;
    return `  '${key}': ${shape};`;
  });
  return [
    '// Generated from locales/en.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.',
    '',
    '/** The placeholders of every message of the source catalog, by key. */',
    'export interface MessageParams {',
    ...entries,
    '}',
    '',
    '/** A message key of the source catalog, e.g. `form.urls.label`. */',
    'export type MessageKey = keyof MessageParams;',
    '',
  ].join('\n');
}
