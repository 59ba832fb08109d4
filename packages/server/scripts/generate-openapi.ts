// Writes docs/openapi.json from the server's OpenAPI document (`pnpm generate`); the drift test in
// src/openapi/openapi-document.test.ts fails when the committed copy is stale.
import { writeFileSync } from 'node:fs';
import { openApiDocumentPath, renderOpenApiDocument } from '../src/openapi/openapi-file.js';

writeFileSync(openApiDocumentPath, renderOpenApiDocument());
console.log('wrote docs/openapi.json');
