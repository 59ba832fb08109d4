import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, repositoryRoot } from './generated-docs.js';

describe('generated documents', () => {
  it.each(generatedDocs.map((doc) => [doc.path, doc] as const))(
    '%s is up to date (run `pnpm generate` when this fails)',
    (path, doc) => {
      const committed = readFileSync(join(repositoryRoot, path), 'utf8');
      expect(committed).toBe(doc.render());
    },
  );
});
