import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, renderApiTypes } from './api-types-source.js';

describe('src/api/api-types.generated.ts', () => {
  it('is what openapi-typescript makes of docs/openapi.json (run `pnpm generate` when not)', async () => {
    expect(readFileSync(apiTypesFile, 'utf8')).toBe(await renderApiTypes());
  });
});
