import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { apiRouteTable } from '../routes/api-route-table.js';
import { testReportal } from '../test-reportal.js';
import { createOpenApiDocument } from './openapi-document.js';
import { openApiDocumentPath, renderOpenApiDocument } from './openapi-file.js';

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 according to an independent validator', async () => {
    const result = await validate(structuredClone(createOpenApiDocument()) as never);
    expect(result).toMatchObject({ valid: true, warnings: [] });
  });

  it('is checked by that validator (a broken copy is refused)', async () => {
    const broken = structuredClone(createOpenApiDocument()) as {
      paths: Record<string, { post?: { responses: unknown } }>;
    };
    broken.paths['/v1/reports']!.post!.responses = 'none';
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('is committed as docs/openapi.json and up to date (run `pnpm generate` when this fails)', () => {
    expect(readFileSync(openApiDocumentPath, 'utf8')).toBe(renderOpenApiDocument());
  });

  it('is served at /v1/openapi.json', async () => {
    const response = await testReportal().fetch(new Request('http://portal.test/v1/openapi.json'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(createOpenApiDocument());
  });

  it('describes each route of the route table once, and the server routes each of them', async () => {
    const document = createOpenApiDocument() as { paths: Record<string, Record<string, object>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = apiRouteTable.map(
      ({ method, path }) => `${method} ${path.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect(documented).toEqual(declared);
    expect(new Set(apiRouteTable.map((route) => route.operationId)).size).toBe(declared.length);
    const reportal = testReportal();
    for (const { method, path } of apiRouteTable) {
      const url = `http://portal.test${path.replace(':portal', 'bz').replace(':id', '00000000-0000-4000-8000-000000000000')}`;
      const response = await reportal.fetch(
        new Request(url, { method, ...(method === 'POST' && { body: '{}' }) }),
      );
      // Neither the router's 404 (no such route) nor its 405 (no such method).
      expect(response.status, `${method} ${path}`).not.toBe(405);
      expect(response.status, `${method} ${path}`).not.toBe(404);
    }
  });

  it('documents each case id as a UUID, and the 400 answer to any other id', () => {
    const document = createOpenApiDocument() as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: { Case: { properties: { id: unknown } } } };
    };
    const withId = Object.entries(document.paths).filter(([path]) => path.includes('{id}'));
    expect(withId.map(([path]) => path)).toEqual([
      '/v1/cases/{id}',
      '/v1/cases/{id}/events',
      '/v1/cases/{id}/notice',
      '/v1/cases/{id}/xarf',
    ]);
    for (const [path, operations] of withId) {
      for (const operation of Object.values(operations)) {
        const id = operation.parameters.find((parameter) => parameter.name === 'id');
        expect(id, path).toMatchObject({ in: 'path', schema: { type: 'string', format: 'uuid' } });
        expect(operation.responses['400']?.description, path).toContain('`invalid_id`');
      }
    }
    expect(document.components.schemas.Case.properties.id).toEqual({
      type: 'string',
      format: 'uuid',
    });
  });
});

interface Operation {
  parameters: { name: string; in: string; schema: unknown }[];
  responses: Record<string, { description: string }>;
}
