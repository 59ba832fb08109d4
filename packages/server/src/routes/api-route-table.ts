import { classifications, type TakedownRole, takedownStates } from '@reportal/core';
import { readerRoles } from '../analyst/analyst-cases.js';
import type { Route } from '../http/router.js';
import {
  analystErrors,
  bodyErrors,
  caseIdParameter,
  invalidCaseId,
  type JsonSchema,
  json,
  notConfirmed,
  openApiDocumentSchema,
  problem,
  rateLimited,
  ref,
  unauthorized,
} from '../openapi/openapi-parts.js';

/** Who may call an operation. */
export type ApiAccess =
  | { kind: 'public' }
  /** Anyone; a bearer token of these roles may be added (a partner's reports). */
  | { kind: 'optional-token'; roles: readonly TakedownRole[] }
  /** A bearer token of one of these roles. */
  | { kind: 'token'; roles: readonly TakedownRole[] };

/**
 * One operation of the HTTP API, declared once: the router's method and path, who may call it,
 * and its OpenAPI description (parameters, request body, every answer with its schema).
 */
export interface ApiRouteDeclaration<OperationId extends string = string> {
  operationId: OperationId;
  method: 'GET' | 'POST';
  /** The router's pattern: exact segments and `:name` parameters (`/v1/cases/:id`). */
  path: string;
  access: ApiAccess;
  summary: string;
  description?: string;
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  /** Every status the operation answers, with its description, headers and content. */
  responses: Record<string, JsonSchema>;
  /**
   * `false` for an operation that cannot fail with a 500 or 503 problem: it never reaches the
   * store (or, as readiness, answers the store's failure itself). Every other operation also
   * answers 500 and 503 (`serverFailures`), added to its responses by the document.
   */
  touchesStore?: false;
}

/** The analyst API: a bearer token of a role that reads cases. */
const analystAccess: ApiAccess = { kind: 'token', roles: readerRoles };
const noSuchCase = problem('No such case.');

const route = <const OperationId extends string>(
  declaration: ApiRouteDeclaration<OperationId>,
): ApiRouteDeclaration<OperationId> => declaration;

/**
 * The HTTP API v1: the router's routes (`apiRoutesOf`) and the OpenAPI document's paths
 * (`createOpenApiDocument`) both come from this table.
 */
export const apiRouteTable = [
  route({
    operationId: 'submitReport',
    method: 'POST',
    path: '/v1/reports',
    access: { kind: 'optional-token', roles: ['partner'] },
    summary: 'Submit a report',
    description:
      'Anyone may submit; partners add a bearer token (a partner token), which is optional. A retry with the same `Idempotency-Key` and body gets the first answer; the same key with another body is refused (422).',
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
  }),
  route({
    operationId: 'checkStatus',
    method: 'POST',
    path: '/v1/status',
    access: { kind: 'public' },
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
  }),
  route({
    operationId: 'getPortal',
    touchesStore: false,
    method: 'GET',
    path: '/v1/portals/:portal',
    access: { kind: 'public' },
    summary: 'The portal’s public configuration',
    parameters: [
      { name: 'portal', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'locale', in: 'query', required: false, schema: { type: 'string' } },
    ],
    responses: {
      '200': json(ref('PortalConfiguration'), 'Locales, fields, hotline, legal and privacy notes.'),
      '404': problem('This server does not serve that portal.'),
    },
  }),
  route({
    operationId: 'getOpenApiDocument',
    touchesStore: false,
    method: 'GET',
    path: '/v1/openapi.json',
    access: { kind: 'public' },
    summary: 'This document',
    responses: { '200': json(openApiDocumentSchema, 'The OpenAPI 3.1 document.') },
  }),
  route({
    operationId: 'listCases',
    method: 'GET',
    path: '/v1/cases',
    access: analystAccess,
    summary: 'Cases, newest (or oldest) first, filtered for triage',
    description:
      'Every filter narrows the list; each is served by an index, so a page costs the same whatever the store holds. `host` matches the registrable domain (public suffix list): `www.example.co.uk` finds the cases of `example.co.uk` and all its subdomains.',
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
      {
        name: 'host',
        in: 'query',
        description: 'A host name or URL; matched on its registrable domain.',
        schema: { type: 'string', maxLength: 2048 },
      },
      {
        name: 'hostingCountry',
        in: 'query',
        description: 'ISO 3166-1 alpha-2 (confirmed cases).',
        schema: { type: 'string', pattern: '^[A-Za-z]{2}$' },
      },
      {
        name: 'classification',
        in: 'query',
        schema: { type: 'string', enum: [...classifications] },
      },
      {
        name: 'source',
        in: 'query',
        description: 'The source of the report that opened the case: `public` or `partner:<id>`.',
        schema: { type: 'string', pattern: '^(public|partner:[\\x21-\\x7e]{1,128})$' },
      },
      {
        name: 'createdBefore',
        in: 'query',
        description: 'Only cases first reported before this time.',
        schema: { type: 'string', format: 'date-time' },
      },
      {
        name: 'sort',
        in: 'query',
        schema: { type: 'string', enum: ['newest', 'oldest'], default: 'newest' },
      },
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
  }),
  route({
    operationId: 'getCase',
    method: 'GET',
    path: '/v1/cases/:id',
    access: analystAccess,
    summary: 'One case with its history and linked reports',
    parameters: [caseIdParameter],
    responses: {
      '200': json(ref('CaseWithReports'), 'The case.'),
      '400': invalidCaseId,
      '404': noSuchCase,
      ...analystErrors,
    },
  }),
  route({
    operationId: 'postCaseEvent',
    method: 'POST',
    path: '/v1/cases/:id/events',
    access: analystAccess,
    summary: 'Apply an event of the takedown-state machine',
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
      '404': noSuchCase,
      '409': problem(
        'The case changed since `expectedVersion`: problem type `conflict`, with `refusal` (`stale_version`).',
      ),
      ...bodyErrors,
      '422': problem(
        'The event is not allowed from the current state (`event_not_allowed`, with `refusal`), or the body or its payload is invalid (`validation_failed`, with `errors`).',
      ),
      ...analystErrors,
    },
  }),
  route({
    operationId: 'postBulkCaseEvents',
    method: 'POST',
    path: '/v1/cases/events',
    access: analystAccess,
    summary: 'Apply one event to up to 500 cases',
    description:
      'Each case is checked by the takedown-state machine at the version it has, and changed on its own (not all or nothing): the answer says, per case, whether the event was applied or why it was refused. A retry with the same `Idempotency-Key` and body applies nothing twice; the same key with another body is refused (422).',
    parameters: [
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string', minLength: 16, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
      },
    ],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: ref('BulkCaseEvent') } },
    },
    responses: {
      '200': json(ref('BulkEventResults'), 'What happened to each case.'),
      '400': problem(
        'The body is not JSON (`bad_json`, `invalid_encoding`), or an invalid Idempotency-Key (`invalid_idempotency_key`).',
      ),
      ...bodyErrors,
      '422': problem(
        'The body is invalid (`validation_failed`, with `errors`), or the Idempotency-Key was used with another body.',
      ),
      ...analystErrors,
    },
  }),
  route({
    operationId: 'listHosts',
    method: 'GET',
    path: '/v1/hosts',
    access: analystAccess,
    summary: 'The hosts of open cases, most open cases first',
    description:
      'Open cases grouped by the registrable domain of their URL, with counts per state and the oldest open case. Kept as counts, so a page costs the same whatever the store holds.',
    parameters: [
      { name: 'cursor', in: 'query', schema: { type: 'string' } },
      {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
      },
    ],
    responses: {
      '200': json(ref('HostPage'), 'A page of hosts.'),
      '400': problem('An invalid limit or cursor: problem type `invalid_query`, see `errors`.'),
      ...analystErrors,
    },
  }),
  route({
    operationId: 'getTakedownNotice',
    method: 'GET',
    path: '/v1/cases/:id/notice',
    access: analystAccess,
    summary: 'The takedown notice of a confirmed case (JSON, or text with Accept: text/plain)',
    parameters: [caseIdParameter, { name: 'locale', in: 'query', schema: { type: 'string' } }],
    responses: {
      '200': {
        description: 'The notice.',
        content: {
          'application/json': { schema: ref('TakedownNotice') },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      '400': invalidCaseId,
      '404': noSuchCase,
      '422': notConfirmed,
      ...analystErrors,
    },
  }),
  route({
    operationId: 'getXarfReport',
    method: 'GET',
    path: '/v1/cases/:id/xarf',
    access: analystAccess,
    summary: 'The X-ARF v4 content/csam report of a confirmed case',
    parameters: [caseIdParameter],
    responses: {
      '200': json(ref('XarfReport'), 'The X-ARF report.'),
      '400': invalidCaseId,
      '404': noSuchCase,
      '422': problem(
        'The case is not confirmed, or its classification (`national`) has no X-ARF value: problem type `event_not_allowed`, with `refusal`.',
      ),
      ...analystErrors,
    },
  }),
  route({
    operationId: 'getMetrics',
    method: 'GET',
    path: '/v1/metrics',
    access: analystAccess,
    summary: 'Takedown metrics of the portal for a period (all time by default)',
    parameters: [
      { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
      { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
    ],
    responses: {
      '200': json(ref('Metrics'), 'The metrics.'),
      '400': problem('An invalid date: problem type `invalid_query`, see `errors`.'),
      ...analystErrors,
    },
  }),
  route({
    operationId: 'getTransparencyReport',
    method: 'GET',
    path: '/v1/reports/transparency',
    access: analystAccess,
    summary:
      'The yearly transparency report of the portal: notices by hosting provider and country, classification, action taken, removal times, reminders; counts only, nothing about reporters',
    parameters: [
      {
        name: 'year',
        in: 'query',
        required: true,
        schema: { type: 'integer', minimum: 2000, maximum: 9999 },
      },
    ],
    responses: {
      '200': json(ref('TransparencyReport'), 'The report.'),
      '400': problem('A missing or invalid year: problem type `invalid_query`, see `errors`.'),
      ...analystErrors,
    },
  }),
  route({
    operationId: 'liveness',
    touchesStore: false,
    method: 'GET',
    path: '/healthz',
    access: { kind: 'public' },
    summary: 'Liveness',
    responses: { '200': json(ref('Liveness'), 'Alive.') },
  }),
  route({
    operationId: 'readiness',
    touchesStore: false,
    method: 'GET',
    path: '/readyz',
    access: { kind: 'public' },
    summary: 'Readiness, including the store',
    responses: {
      '200': json(ref('Readiness'), 'Ready: `{"status": "ready"}`.'),
      '503': json(ref('Readiness'), 'The store is unavailable: `{"status": "unavailable"}`.'),
    },
  }),
];

/** The id of an operation of the API. */
export type ApiOperationId = (typeof apiRouteTable)[number]['operationId'];

/** A handler for every operation of the API. */
export type ApiHandlers = Record<ApiOperationId, Route['handler']>;

/** The router's routes of the API, in the table's order, each with its handler. */
export function apiRoutesOf(handlers: ApiHandlers): Route[] {
  return apiRouteTable.map(({ method, path, operationId }) => ({
    method,
    path,
    handler: handlers[operationId],
  }));
}

/** The roles that may call an operation with a bearer token (none for a public one). */
export function apiRolesOf(operationId: ApiOperationId): readonly TakedownRole[] {
  const { access } = apiRouteTable.find((candidate) => candidate.operationId === operationId)!;
  return access.kind === 'public' ? [] : access.roles;
}
