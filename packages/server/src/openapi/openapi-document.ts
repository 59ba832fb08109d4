import { reportSubmissionSchema } from '@reportal/core';
import * as z from 'zod/mini';
import { apiRouteTable } from '../routes/api-route-table.js';
import {
  type JsonSchema,
  jsonSchemaOf,
  serverFailures,
  sharedHeaders,
  sharedResponses,
} from './openapi-parts.js';
import { eventPayloadSchemas, requestSchemas } from './request-schemas.js';
import { responseSchemas } from './response-schemas.js';

/** Drops what a reader needs no second time: a `pattern` beside a `format` that says it all. */
const tidy = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(tidy);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(
    ([key]) => key !== '$schema' && key !== '$id' && !(key === 'pattern' && 'format' in value),
  );
  return Object.fromEntries(entries.map(([key, item]) => [key, tidy(item)]));
};

/**
 * The JSON schemas of the requests and answers (request-schemas.ts, response-schemas.ts) and the
 * event payloads they share, referring to each other by `$ref`.
 */
const componentSchemas = (): Record<string, JsonSchema> => {
  const registry = z.registry<{ id: string }>();
  const named = { ...eventPayloadSchemas, ...requestSchemas, ...responseSchemas };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return tidy(schemas) as Record<string, JsonSchema>;
};

/** The document's `paths`, from the route table: one operation per route. */
const openApiPaths = (): Record<string, Record<string, JsonSchema>> => {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const declaration of apiRouteTable) {
    const { operationId, method, path, access, summary, description, touchesStore, ...rest } =
      declaration;
    const template = path.replace(/:(\w+)/g, '{$1}');
    paths[template] ??= {};
    paths[template][method.toLowerCase()] = {
      operationId,
      summary,
      ...(description !== undefined && { description }),
      ...(access.kind === 'public' && { security: [] }),
      ...(access.kind === 'optional-token' && { security: [{}, { bearerToken: [] }] }),
      ...(access.kind === 'token' && { security: [{ bearerToken: [] }] }),
      ...(access.kind !== 'public' && { 'x-reportal-roles': [...access.roles] }),
      ...rest,
      responses: {
        ...rest.responses,
        ...(touchesStore !== false && serverFailures),
      },
    };
  }
  return paths;
};

/**
 * The OpenAPI 3.1 document of the HTTP API v1, built from the core's zod schemas (the report
 * submission, the event payloads) and the server's response schemas, so it never disagrees
 * with the validation or the answers.
 */
export function createOpenApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Reportal HTTP API',
      version: '1.0.0',
      summary:
        'Anonymous reports of child sexual abuse material, their status, and the analyst API.',
      description:
        'Reports are URLs and text only. The reporter’s network identity never reaches storage or logs. Errors are RFC 9457 problem details with localized messages.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: 'https://portal.example.org' }],
    paths: openApiPaths(),
    components: {
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer' } },
      responses: sharedResponses,
      headers: sharedHeaders,
      schemas: {
        ReportSubmission: jsonSchemaOf(reportSubmissionSchema),
        ...componentSchemas(),
      },
    },
  };
}
