// The committed copy of the OpenAPI document (docs/openapi.json): its path and its exact text.
import { fileURLToPath } from 'node:url';
import { createOpenApiDocument } from './openapi-document.js';

export const openApiDocumentPath = fileURLToPath(
  new URL('../../../../docs/openapi.json', import.meta.url),
);

export function renderOpenApiDocument(): string {
  return `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`;
}
