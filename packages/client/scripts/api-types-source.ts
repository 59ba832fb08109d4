// The text of src/api/api-types.generated.ts, from docs/openapi.json (shared by the script and its drift test).
import openapiTS, { astToString } from 'openapi-typescript';

export const openApiFile = new URL('../../../docs/openapi.json', import.meta.url);
export const apiTypesFile = new URL('../src/api/api-types.generated.ts', import.meta.url);

const header = `// Generated from docs/openapi.json by scripts/generate-api-types.ts (openapi-typescript): do not edit, run \`pnpm generate\`.
/** The HTTP API v1 of a Reportal portal, as TypeScript types. */
`;

/** The generated module's text. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiFile, { alphabetize: false, exportType: true });
  return `${header}${astToString(ast)}`;
}
