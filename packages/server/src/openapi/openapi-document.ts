import {
  reportSubmissionSchema,
  takedownEvents,
  takedownEventTypes,
  takedownStates,
} from '@reportal/core';
import * as z from 'zod/mini';
import { responseSchemas } from './response-schemas.js';

type JsonSchema = Record<string, unknown>;

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

const jsonSchemaOf = (schema: z.core.$ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

const problemContent = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};
const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers && { headers }),
  content: problemContent,
});
const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const bearer = [{ bearerToken: [] }];
const rateLimited = problem('Too many requests: wait the seconds of `Retry-After`.', {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
});
const unauthorized = (description: string) =>
  problem(description, {
    'WWW-Authenticate': { required: true, schema: { type: 'string', const: 'Bearer' } },
  });
/** What reading a JSON body can answer, before the body is looked at. */
const bodyErrors = {
  '413': problem('The body is over 64 KiB: problem type `body_too_large`.'),
  '415': problem('The body is not `application/json`: problem type `unsupported_media_type`.'),
};
const analystErrors = {
  '401': unauthorized('No valid bearer token.'),
  '403': problem(
    'The token’s role may not do this, or the token is scoped to other portals. A refused case event carries `refusal` (`forbidden_for_role`).',
  ),
  '429': problem(
    'Too many failed bearer-token checks from this address: wait the seconds of `Retry-After`.',
    rateLimited.headers,
  ),
};
/** The `{id}` of the case paths; any other text is answered 400 before a store is asked. */
const caseIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'A case id: a UUID, as in `Case.id`.',
  schema: { type: 'string', format: 'uuid' },
};
const invalidCaseId = problem(
  'The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up.',
);
const notConfirmed = problem(
  'The case is not confirmed (problem type `event_not_allowed`, with `refusal`): no notice or report to give.',
);

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

/** The OpenAPI document itself, as far as a client reads it. */
const openApiDocumentSchema = {
  type: 'object',
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: {
      type: 'object',
      properties: { title: { type: 'string' }, version: { type: 'string' } },
      required: ['title', 'version'],
    },
    paths: { type: 'object', additionalProperties: { type: 'object', additionalProperties: true } },
    components: { type: 'object', additionalProperties: true },
  },
  required: ['openapi', 'info', 'paths'],
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
    paths: {
      '/v1/reports': {
        post: {
          operationId: 'submitReport',
          summary: 'Submit a report',
          description:
            'Anyone may submit; partners add a bearer token (a partner token), which is optional. A retry with the same `Idempotency-Key` and body gets the first answer; the same key with another body is refused (422).',
          security: [{}, { bearerToken: [] }],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: {
                type: 'string',
                minLength: 16,
                maxLength: 255,
                pattern: '^[\\x21-\\x7e]+$',
              },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ReportSubmission') } },
          },
          responses: {
            '201': {
              ...json(ref('ReportAccepted'), 'Stored. Give the receipt to the reporter.'),
              headers: {
                'Idempotency-Replayed': {
                  description: '`true` when this is the first answer to the same key and body.',
                  required: false,
                  schema: { const: 'true' },
                },
              },
            },
            '400': problem(
              'Invalid JSON (`bad_json`), invalid UTF-8 (`invalid_encoding`), or an invalid Idempotency-Key (`invalid_idempotency_key`).',
            ),
            '401': unauthorized('A bearer token was sent and is not valid.'),
            '403': problem('The token is not a partner token, or is scoped to other portals.'),
            ...bodyErrors,
            '422': problem(
              'The submission has problems (see `errors`), or the Idempotency-Key was used with another body.',
            ),
            '429': rateLimited,
          },
        },
      },
      '/v1/status': {
        post: {
          operationId: 'checkStatus',
          summary: 'Look up the status of a report by its receipt',
          description: 'The receipt travels in the body, never in the URL.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('StatusRequest') } },
          },
          responses: {
            '200': json(ref('PublicStatus'), 'The coarse status.'),
            '400': problem('Invalid JSON (`bad_json`) or invalid UTF-8 (`invalid_encoding`).'),
            '404': problem('No report has this receipt.'),
            ...bodyErrors,
            '422': problem(
              'Not a receipt (missing, wrong length, character or check character): see `errors`.',
            ),
            '429': rateLimited,
          },
        },
      },
      '/v1/portals/{portal}': {
        get: {
          operationId: 'getPortal',
          summary: 'The portal’s public configuration',
          parameters: [
            { name: 'portal', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'locale', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': json(
              ref('PortalConfiguration'),
              'Locales, fields, hotline, legal and privacy notes.',
            ),
            '404': problem('This server does not serve that portal.'),
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': json(openApiDocumentSchema, 'The OpenAPI 3.1 document.') },
        },
      },
      '/v1/cases': {
        get: {
          operationId: 'listCases',
          summary: 'Cases, newest first',
          security: bearer,
          parameters: [
            {
              name: 'state',
              in: 'query',
              schema: {
                type: 'string',
                description: `Comma-separated: ${takedownStates.join(', ')}`,
              },
            },
            { name: 'portal', in: 'query', schema: { type: 'string' } },
            { name: 'overdue', in: 'query', schema: { type: 'boolean' } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
            },
          ],
          responses: {
            '200': json(ref('CasePage'), 'A page of cases.'),
            '400': problem(
              'An invalid filter, limit or cursor: problem type `invalid_query`, see `errors`.',
            ),
            ...analystErrors,
          },
        },
      },
      '/v1/cases/{id}': {
        get: {
          operationId: 'getCase',
          summary: 'One case with its history and linked reports',
          security: bearer,
          parameters: [caseIdParameter],
          responses: {
            '200': json(ref('CaseWithReports'), 'The case.'),
            '400': invalidCaseId,
            '404': problem('No such case.'),
            ...analystErrors,
          },
        },
      },
      '/v1/cases/{id}/events': {
        post: {
          operationId: 'postCaseEvent',
          summary: 'Apply an event of the takedown-state machine',
          security: bearer,
          parameters: [caseIdParameter],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('CaseEvent') } },
          },
          responses: {
            '200': json(ref('Case'), 'The new case.'),
            '400': problem(
              'The id is not a case id (a UUID): problem type `invalid_id`, no case was looked up. Or the body is not JSON (`bad_json`, `invalid_encoding`).',
            ),
            '404': problem('No such case.'),
            '409': problem(
              'The case changed since `expectedVersion`: problem type `conflict`, with `refusal` (`stale_version`).',
            ),
            ...bodyErrors,
            '422': problem(
              'The event is not allowed from the current state (`event_not_allowed`, with `refusal`), or the body or its payload is invalid (`validation_failed`, with `errors`).',
            ),
            ...analystErrors,
          },
        },
      },
      '/v1/cases/{id}/notice': {
        get: {
          operationId: 'getTakedownNotice',
          summary:
            'The takedown notice of a confirmed case (JSON, or text with Accept: text/plain)',
          security: bearer,
          parameters: [
            caseIdParameter,
            { name: 'locale', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'The notice.',
              content: {
                'application/json': { schema: ref('TakedownNotice') },
                'text/plain': { schema: { type: 'string' } },
              },
            },
            '400': invalidCaseId,
            '404': problem('No such case.'),
            '422': notConfirmed,
            ...analystErrors,
          },
        },
      },
      '/v1/cases/{id}/xarf': {
        get: {
          operationId: 'getXarfReport',
          summary: 'The X-ARF v4 content/csam report of a confirmed case',
          security: bearer,
          parameters: [caseIdParameter],
          responses: {
            '200': json(ref('XarfReport'), 'The X-ARF report.'),
            '400': invalidCaseId,
            '404': problem('No such case.'),
            '422': problem(
              'The case is not confirmed, or its classification (`national`) has no X-ARF value: problem type `event_not_allowed`, with `refusal`.',
            ),
            ...analystErrors,
          },
        },
      },
      '/v1/metrics': {
        get: {
          operationId: 'getMetrics',
          summary: 'Takedown metrics of the portal for a period (all time by default)',
          security: bearer,
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
          ],
          responses: {
            '200': json(ref('Metrics'), 'The metrics.'),
            '400': problem('An invalid date: problem type `invalid_query`, see `errors`.'),
            ...analystErrors,
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'liveness',
          summary: 'Liveness',
          responses: { '200': json(ref('Liveness'), 'Alive.') },
        },
      },
      '/readyz': {
        get: {
          operationId: 'readiness',
          summary: 'Readiness, including the store',
          responses: {
            '200': json(ref('Readiness'), 'Ready: `{"status": "ready"}`.'),
            '503': json(ref('Readiness'), 'The store is unavailable: `{"status": "unavailable"}`.'),
          },
        },
      },
    },
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
