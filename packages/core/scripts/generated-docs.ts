// Documents generated from the core's data (schema, ruleset, machine); `pnpm generate` writes them
// and generated-docs.test.ts fails when a committed copy is stale.
import { fileURLToPath } from 'node:url';
import { anonymizationDoc } from './docs/anonymization-doc.js';
import { submissionJsonSchemaDoc } from './docs/submission-json-schema.js';
import { takedownStatesDoc } from './docs/takedown-states-doc.js';

/** A file under the repository root whose whole content comes from `render`. */
export interface GeneratedDoc {
  path: string;
  render(): string;
}

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const generatedDocs: GeneratedDoc[] = [
  submissionJsonSchemaDoc,
  anonymizationDoc,
  takedownStatesDoc,
];
