// The pieces the API's operations are described with (OpenAPI 3.1): answers, problems, headers.
import * as z from 'zod/mini';

/** A JSON Schema (or any JSON object of the OpenAPI document). */
export type JsonSchema = Record<string, unknown>;

export const jsonSchemaOf = (schema: z.core.$ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

export const problemContent = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};
/** The headers many answers share, described once under `components.headers`. */
export const sharedHeaders = {
  ContentLanguage: {
    description:
      'The language of `title`, `detail` and `errors[].message`: the `locale` query parameter when the portal has it, else the portal’s first language.',
    required: true,
    schema: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
};
const sharedHeader = (name: keyof typeof sharedHeaders) => ({
  $ref: `#/components/headers/${name}`,
});
/** Every problem's `title` (and `detail`) is in the language `Content-Language` names. */
const contentLanguage = { 'Content-Language': sharedHeader('ContentLanguage') };
export const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  headers: { ...headers, ...contentLanguage },
  content: problemContent,
});
export const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const retryAfter = { 'Retry-After': sharedHeader('RetryAfter') };
export const unauthorized = (description: string) =>
  problem(description, {
    'WWW-Authenticate': { required: true, schema: { type: 'string', const: 'Bearer' } },
  });

/**
 * The answers many operations share, described once under `components.responses` (so the
 * client's generated types name them once too) and referred to from each operation.
 */
export const sharedResponses = {
  RateLimited: problem('Too many requests: wait the seconds of `Retry-After`.', retryAfter),
  BodyTooLarge: problem('The body is over 64 KiB: problem type `body_too_large`.'),
  UnsupportedMediaType: problem(
    'The body is not `application/json`: problem type `unsupported_media_type`.',
  ),
  AnalystUnauthorized: unauthorized('No valid bearer token.'),
  AnalystForbidden: problem(
    'The token’s role may not do this, or the token is scoped to other portals. A refused case event carries `refusal` (`forbidden_for_role`).',
  ),
  FailedTokenChecks: problem(
    'Too many failed bearer-token checks from this address: wait the seconds of `Retry-After`.',
    retryAfter,
  ),
  Internal: problem(
    'An unexpected failure on the server (problem type `internal`). Logged without request data; try again later.',
  ),
  Unavailable: problem(
    'The store cannot be reached now: the database is down, restarting or full (problem type `unavailable`). Try again after the seconds of `Retry-After`.',
    retryAfter,
  ),
};
const shared = (name: keyof typeof sharedResponses) => ({
  $ref: `#/components/responses/${name}`,
});

export const rateLimited = shared('RateLimited');
/** What reading a JSON body can answer, before the body is looked at. */
export const bodyErrors = {
  '413': shared('BodyTooLarge'),
  '415': shared('UnsupportedMediaType'),
};
export const analystErrors = {
  '401': shared('AnalystUnauthorized'),
  '403': shared('AnalystForbidden'),
  '429': shared('FailedTokenChecks'),
};
/**
 * What any operation that reaches the store may answer when it fails: the store cannot be
 * reached now (503, retry later) or an unexpected fault (500).
 */
export const serverFailures = { '500': shared('Internal'), '503': shared('Unavailable') };
/** The `{id}` of the case paths; any other text is answered 400 before a store is asked. */
export const caseIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'A case id: a UUID, as in `Case.id`.',
  schema: { type: 'string', format: 'uuid' },
};
export const invalidCaseId = problem(
  'The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up.',
);
export const notConfirmed = problem(
  'The case is not confirmed (problem type `event_not_allowed`, with `refusal`): no notice or report to give.',
);

/** The OpenAPI document itself, as far as a client reads it. */
export const openApiDocumentSchema = {
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
