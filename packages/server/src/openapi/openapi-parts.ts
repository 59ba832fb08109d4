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
export const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers && { headers }),
  content: problemContent,
});
export const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const rateLimited = problem('Too many requests: wait the seconds of `Retry-After`.', {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
});
export const unauthorized = (description: string) =>
  problem(description, {
    'WWW-Authenticate': { required: true, schema: { type: 'string', const: 'Bearer' } },
  });
/** What reading a JSON body can answer, before the body is looked at. */
export const bodyErrors = {
  '413': problem('The body is over 64 KiB: problem type `body_too_large`.'),
  '415': problem('The body is not `application/json`: problem type `unsupported_media_type`.'),
};
export const analystErrors = {
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
