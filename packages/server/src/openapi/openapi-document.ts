import { reportSubmissionSchema, takedownEvents, takedownEventTypes } from '@reportal/core';
import * as z from 'zod/mini';
import { apiRouteTable } from '../routes/api-route-table.js';
import { type JsonSchema, jsonSchemaOf } from './openapi-parts.js';
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

/** The JSON schemas of the answers (response-schemas.ts), referring to each other by `$ref`. */
const responseComponentSchemas = (): Record<string, JsonSchema> => {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(responseSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return tidy(schemas) as Record<string, JsonSchema>;
};

/** The event payloads as the API takes them (the machine trims and upper-cases some fields). */
const eventPayloadSchema = (type: keyof typeof takedownEvents): JsonSchema => {
  const schema = jsonSchemaOf(takedownEvents[type].payload);
  if (type !== 'confirm') return schema;
  const properties = schema.properties as Record<string, JsonSchema>;
  return {
    ...schema,
    properties: {
      ...properties,
      hostingCountry: {
        type: 'string',
        pattern: '^\\s*[A-Za-z]{2}\\s*$',
        description:
          'ISO 3166-1 alpha-2, in either case: trimmed and upper-cased before it is stored (`xx` is stored as `XX`).',
      },
    },
  };
};

/** The document's `paths`, from the route table: one operation per route. */
const openApiPaths = (): Record<string, Record<string, JsonSchema>> => {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const declaration of apiRouteTable) {
    const { operationId, method, path, access, summary, description, ...rest } = declaration;
    const template = path.replace(/:(\w+)/g, '{$1}');
    paths[template] ??= {};
    paths[template][method.toLowerCase()] = {
      operationId,
      summary,
      ...(description !== undefined && { description }),
      ...(access.kind === 'optional-token' && { security: [{}, { bearerToken: [] }] }),
      ...(access.kind === 'token' && { security: [{ bearerToken: [] }] }),
      ...(access.kind !== 'public' && { 'x-reportal-roles': [...access.roles] }),
      ...rest,
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
  const eventPayloads = takedownEventTypes
    .filter((type) => type !== 'link_report')
    .map((type) => ({
      type: 'object',
      title: type,
      properties: {
        type: { const: type },
        expectedVersion: { type: 'integer', minimum: 1 },
        payload: eventPayloadSchema(type),
      },
      required: ['type', 'expectedVersion'],
      additionalProperties: false,
    }));
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
      schemas: {
        ReportSubmission: jsonSchemaOf(reportSubmissionSchema),
        StatusRequest: {
          type: 'object',
          properties: { receipt: { type: 'string', maxLength: 100 } },
          required: ['receipt'],
          additionalProperties: false,
        },
        CaseEvent: { oneOf: eventPayloads },
        ...responseComponentSchemas(),
      },
    },
  };
}
