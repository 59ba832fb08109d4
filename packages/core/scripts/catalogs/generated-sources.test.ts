import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSources, packageRoot } from './generated-sources.js';

describe('sources generated from locales/*.json and jurisdictions/*.json', () => {
  it.each(generatedSources().map((source) => [source.path, source] as const))(
    '%s is up to date (run `pnpm generate` when this fails)',
    (path, source) => {
      const committed = readFileSync(join(packageRoot, path), 'utf8');
      expect(committed).toBe(source.render());
    },
  );
});
