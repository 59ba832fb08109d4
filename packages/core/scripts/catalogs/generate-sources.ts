import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedSources, packageRoot } from './generated-sources.js';

let failures = 0;
for (const source of generatedSources()) {
  let text: string;
  try {
    text = source.render();
  } catch (error) {
    failures++;
    console.error(`cannot generate packages/core/${source.path}: ${(error as Error).message}`);
    continue;
  }
  const target = join(packageRoot, source.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote packages/core/${source.path}`);
}
if (failures > 0) process.exitCode = 1;
