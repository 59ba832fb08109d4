// The bodies the HTTP API takes, as zod schemas, and the event payloads that requests and answers
// share: the OpenAPI document's request schemas come from these (a report submission is the
// core's own `reportSubmissionSchema`).
import { takedownEvents, takedownEventTypes } from '@reportal/core';
import * as z from 'zod/mini';

/** The types an analyst may send (`link_report` is the intake's own). */
const sendableTypes = takedownEventTypes.filter((type) => type !== 'link_report');

const pascal = (type: string) =>
  type.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * Each event type's payload schema under one component name (`ConfirmPayload`, ...; the types
 * that take no payload share `EmptyPayload`), so the history entries of a case and the events an
 * analyst sends refer to the same components.
 */
export const eventPayloadSchemas: Record<string, z.ZodMiniType> = (() => {
  const named = new Map<z.ZodMiniType, string>();
  for (const type of takedownEventTypes) {
    const schema = takedownEvents[type].payload;
    const shared = takedownEventTypes.filter((other) => takedownEvents[other].payload === schema);
    named.set(schema, shared.length > 1 ? 'EmptyPayload' : `${pascal(type)}Payload`);
  }
  return Object.fromEntries([...named].map(([schema, name]) => [name, schema]));
})();

/**
 * The `confirm` payload as the API takes it: the country code in either case, with spaces around
 * it, trimmed and upper-cased by the machine before it is stored (`xx` is stored as `XX`).
 */
const confirmRequestPayload = z.extend(takedownEvents.confirm.payload, {
  hostingCountry: z.string().check(z.regex(/^\s*[A-Za-z]{2}\s*$/)),
});

/** `POST /v1/cases/{id}/events`: one event, against the case version the analyst saw. */
export const caseEventSchema = z.union(
  sendableTypes.map((type) =>
    z.strictObject({
      type: z.literal(type),
      expectedVersion: z.int().check(z.positive()),
      payload: z.optional(
        type === 'confirm' ? confirmRequestPayload : takedownEvents[type].payload,
      ),
    }),
  ),
);

/** `POST /v1/cases/events`: one event for up to 500 cases, each at the version it has. */
export const bulkCaseEventSchema = z.strictObject({
  caseIds: z.array(z.uuid()).check(z.minLength(1), z.maxLength(500)),
  event: z.union(
    sendableTypes
      .filter((type) => type !== 'merge')
      .map((type) =>
        z.strictObject({
          type: z.literal(type),
          payload: z.optional(
            type === 'confirm' ? confirmRequestPayload : takedownEvents[type].payload,
          ),
        }),
      ),
  ),
});

/** `POST /v1/status`: the receipt travels in the body, never in the URL. */
export const statusRequestSchema = z.strictObject({
  receipt: z.string().check(z.maxLength(100)),
});

/** The request schemas by their name under `components.schemas`. */
export const requestSchemas = {
  CaseEvent: caseEventSchema,
  BulkCaseEvent: bulkCaseEventSchema,
  StatusRequest: statusRequestSchema,
} as const;
