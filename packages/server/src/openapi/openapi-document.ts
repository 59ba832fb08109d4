import {
  classifications,
  contentTypes,
  reportSubmissionSchema,
  takedownEvents,
  takedownEventTypes,
  takedownStates,
} from '@reportal/core';
import * as z from 'zod/mini';

type JsonSchema = Record<string, unknown>;

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
const problem = (description: string) => ({ description, content: problemContent });
const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const bearer = [{ bearerToken: [] }];
const analystErrors = {
  '401': problem('No valid bearer token.'),
  '403': problem('The token’s role may not do this.'),
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

/**
 * The OpenAPI 3.1 document of the HTTP API v1, built from the core's zod schemas (the report
 * submission, the event payloads) so it never disagrees with the validation.
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
        payload: jsonSchemaOf(takedownEvents[type].payload),
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
            'Anyone may submit; partners add a bearer token. A retry with the same `Idempotency-Key` and body gets the first answer; the same key with another body is refused (422).',
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
            '201': json(ref('ReportAccepted'), 'Stored. Give the receipt to the reporter.'),
            '400': problem('Invalid JSON, invalid UTF-8, or an invalid Idempotency-Key.'),
            '401': problem('A bearer token was sent and is not valid.'),
            '403': problem('The token is not a partner token.'),
            '413': problem('The body is over 64 KiB.'),
            '415': problem('The body is not application/json.'),
            '422': problem(
              'The submission has problems (see `errors`), or the Idempotency-Key was used with another body.',
            ),
            '429': problem('Too many requests; see Retry-After.'),
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
            '404': problem('No report has this receipt.'),
            '422': problem('Not a receipt (wrong length, character or check character).'),
            '429': problem('Too many requests; see Retry-After.'),
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
          responses: { '200': json({ type: 'object' }, 'The OpenAPI 3.1 document.') },
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
            '200': json(
              {
                type: 'object',
                properties: {
                  items: { type: 'array', items: ref('Case') },
                  nextCursor: { type: ['string', 'null'] },
                },
                required: ['items', 'nextCursor'],
              },
              'A page of cases.',
            ),
            '400': problem('An invalid filter, limit or cursor.'),
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
            '200': json(
              {
                allOf: [
                  ref('Case'),
                  {
                    type: 'object',
                    properties: { reports: { type: 'array', items: { type: 'object' } } },
                  },
                ],
              },
              'The case.',
            ),
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
            '409': problem('The case changed since `expectedVersion`.'),
            '422': problem(
              'The event is not allowed from the current state, or its payload is invalid.',
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
                'application/json': { schema: { type: 'object' } },
                'text/plain': { schema: { type: 'string' } },
              },
            },
            '400': invalidCaseId,
            '404': problem('No such case.'),
            '422': problem('The case is not confirmed.'),
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
            '200': json({ type: 'object' }, 'The X-ARF report.'),
            '400': invalidCaseId,
            '404': problem('No such case.'),
            '422': problem('The case is not confirmed.'),
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
            '200': json({ type: 'object' }, 'The metrics.'),
            '400': problem('An invalid date.'),
            ...analystErrors,
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'liveness',
          summary: 'Liveness',
          responses: { '200': json({ type: 'object' }, 'Alive.') },
        },
      },
      '/readyz': {
        get: {
          operationId: 'readiness',
          summary: 'Readiness, including the store',
          responses: {
            '200': json({ type: 'object' }, 'Ready.'),
            '503': json({ type: 'object' }, 'The store is unavailable.'),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ReportSubmission: jsonSchemaOf(reportSubmissionSchema),
        ReportAccepted: {
          type: 'object',
          properties: {
            receipt: {
              type: 'string',
              description: 'Crockford base32 in groups of four, e.g. 7K2M-9QXD-...',
            },
            status: { const: 'received' },
          },
          required: ['receipt', 'status'],
        },
        StatusRequest: {
          type: 'object',
          properties: { receipt: { type: 'string', maxLength: 100 } },
          required: ['receipt'],
          additionalProperties: false,
        },
        PublicStatus: {
          type: 'object',
          properties: {
            status: { enum: ['received', 'in_review', 'completed'] },
            outcome: { enum: ['action_taken', 'no_action'] },
            updatedOn: { type: 'string', format: 'date' },
          },
          required: ['status', 'updatedOn'],
        },
        PortalConfiguration: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            defaultLocale: { type: 'string' },
            locales: { type: 'array', items: { type: 'object' } },
            hotline: { type: 'object' },
            outcomeFeedback: { type: 'boolean' },
            fields: {
              type: 'object',
              properties: { contentTypes: { type: 'array', items: { enum: [...contentTypes] } } },
            },
          },
          required: ['id', 'defaultLocale', 'locales', 'hotline'],
        },
        Case: {
          type: 'object',
          properties: {
            id: { type: 'string', format: 'uuid' },
            portal: { type: 'string' },
            state: { enum: [...takedownStates] },
            version: { type: 'integer', minimum: 1 },
            urls: { type: 'array', items: { type: 'string' } },
            overdue: { type: 'boolean' },
            confirmation: {
              type: ['object', 'null'],
              properties: { classification: { enum: [...classifications] } },
            },
            history: { type: 'array', items: { type: 'object' } },
          },
          required: ['id', 'state', 'version', 'urls', 'history'],
        },
        CaseEvent: { oneOf: eventPayloads },
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  path: { type: 'string' },
                  code: { type: 'string' },
                  message: { type: 'string' },
                },
                required: ['path', 'code', 'message'],
              },
            },
          },
          required: ['type', 'title', 'status'],
        },
      },
    },
  };
}
