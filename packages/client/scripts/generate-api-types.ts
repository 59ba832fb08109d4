// `pnpm generate`: writes src/api/api-types.generated.ts from docs/openapi.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiTypesFile, renderApiTypes } from './api-types-source.js';

writeFileSync(apiTypesFile, await renderApiTypes());
console.log(`written ${fileURLToPath(apiTypesFile)}`);
