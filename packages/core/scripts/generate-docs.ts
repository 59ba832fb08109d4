import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedDocs, repositoryRoot } from './generated-docs.js';

for (const doc of generatedDocs) {
  const target = join(repositoryRoot, doc.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, doc.render());
  console.log(`wrote ${doc.path}`);
}
