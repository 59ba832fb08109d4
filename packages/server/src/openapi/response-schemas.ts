// The bodies the HTTP API answers, as zod schemas: the OpenAPI document's response schemas come
// from these, and the contract test holds every real answer to them.
import {
  ANONYMIZATION_RULESET_ID,
  classifications,
  contentTypes,
  dismissalReasons,
  takedownEvents,
  takedownEventTypes,
  takedownRoles,
  takedownStates,
  whereFoundValues,
} from '@reportal/core';
import * as z from 'zod/mini';

const dateTime = z.iso.datetime({ offset: true });
const day = z.iso.date();
const count = z.int().check(z.nonnegative());
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));
const text = z.string();
const nullableTime = z.nullable(dateTime);
const state = z.enum(takedownStates);

/** Who sent an event of a case's history. */
const caseActorSchema = z.strictObject({
  id: text,
  role: z.enum([...takedownRoles, 'intake']),
});

const openPayloadSchema = z.strictObject({
  caseId: z.uuid(),
  portal: text,
  urlKey: text,
  reportId: z.uuid(),
  urls: z.array(text),
});

/** One entry of a case's append-only history, by type (the payload as stored). */
export const caseHistoryEntrySchema = z.union([
  z.strictObject({
    type: z.literal('open'),
    version: z.int().check(z.positive()),
    at: dateTime,
    actor: caseActorSchema,
    payload: openPayloadSchema,
  }),
  ...takedownEventTypes.map((type) =>
    z.strictObject({
      type: z.literal(type),
      version: z.int().check(z.positive()),
      at: dateTime,
      actor: caseActorSchema,
      payload: takedownEvents[type].payload,
    }),
  ),
]);

const at = { at: dateTime };

/** A case as the analyst API answers it (`Case` of the core, with `overdue`). */
export const caseSchema = z.strictObject({
  id: z.uuid(),
  portal: text,
  urlKey: text,
  urls: z.array(text),
  reportIds: z.array(z.uuid()),
  state,
  version: z.int().check(z.positive()),
  createdAt: dateTime,
  updatedAt: dateTime,
  assignee: z.nullable(text),
  assessedAt: nullableTime,
  confirmation: z.nullable(z.extend(takedownEvents.confirm.payload, at)),
  dismissal: z.nullable(z.strictObject({ ...at, reason: z.enum(dismissalReasons) })),
  mergedInto: z.nullable(text),
  forwards: z.array(z.extend(takedownEvents.forward.payload, at)),
  notices: z.array(z.extend(takedownEvents.send_notice.payload, { ...at, reminder: z.boolean() })),
  firstNoticeAt: nullableTime,
  reminderCount: count,
  lawEnforcementNotifications: z.array(z.extend(takedownEvents.notify_law_enforcement.payload, at)),
  removedAt: nullableTime,
  history: z.array(caseHistoryEntrySchema),
  /** Whether the first notice of the current round is older than the takedown deadline. */
  overdue: z.boolean(),
});

/** A report linked to a case, as stored (anonymized; contact details only with consent). */
export const storedReportSchema = z.strictObject({
  reportId: z.uuid(),
  schemaVersion: z.literal(1),
  portal: text,
  locale: text,
  urls: z.array(text),
  contentTypes: z.optional(z.array(z.enum(contentTypes))),
  whereFound: z.optional(z.enum(whereFoundValues)),
  description: z.optional(text),
  goodFaith: z.literal(true),
  contact: z.optional(
    z.strictObject({
      consent: z.literal(true),
      name: z.optional(text),
      email: z.optional(text),
      phone: z.optional(text),
      wantsFeedback: z.optional(z.boolean()),
    }),
  ),
  receivedAt: dateTime,
  source: z.string().check(z.regex(/^(public|partner:.+)$/)),
  anonymization: z.strictObject({
    ruleset: z.literal(ANONYMIZATION_RULESET_ID),
    applied: z.array(z.strictObject({ id: text, field: text, count })),
  }),
});

/** `GET /v1/cases/{id}`: the case with its reports. */
export const caseWithReportsSchema = z.extend(caseSchema, {
  reports: z.array(storedReportSchema),
});

/** `GET /v1/cases`: a page of cases, newest first. */
export const casePageSchema = z.strictObject({
  items: z.array(caseSchema),
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: z.nullable(text),
});

const hours = z.nullable(z.number().check(z.nonnegative()));

/** An object with a count for each name. */
const countPerName = <Name extends string>(names: readonly Name[]) =>
  z.strictObject(
    Object.fromEntries(names.map((name) => [name, count])) as Record<Name, typeof count>,
  );

/** `GET /v1/metrics`: core's `computeTakedownMetrics` for the portal and the period. */
export const metricsSchema = z.strictObject({
  portal: text,
  from: dateTime,
  to: dateTime,
  reportsReceived: count,
  urlsReceived: count,
  duplicatesLinked: count,
  casesPerState: countPerName(takedownStates),
  medianHoursToAssessment: hours,
  medianHoursFromFirstNoticeToRemoval: hours,
  shareRemovedWithinDeadline: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  overdue: count,
  deadlineHours: z.int().check(z.positive()),
  /** Removal times per hosting provider of the noticed cases (named providers first, by name). */
  removalTimesPerHostingProvider: z.array(
    z.strictObject({
      hostingProvider: z.nullable(text),
      noticed: count,
      removed: count,
      medianHours: hours,
      p90Hours: hours,
      shareWithin24Hours: z.nullable(z.number().check(z.gte(0), z.lte(1))),
      shareWithin72Hours: z.nullable(z.number().check(z.gte(0), z.lte(1))),
    }),
  ),
});

const noticeGroup = {
  notices: count,
  reminders: count,
  removed: count,
  medianHoursToRemoval: hours,
  p90HoursToRemoval: hours,
};

/** `GET /v1/reports/transparency`: core's `computeTransparencyReport`, counts only. */
export const transparencyReportSchema = z.strictObject({
  portal: text,
  year: z.int(),
  casesAssessed: count,
  actionTaken: z.strictObject({
    confirmed: count,
    dismissed: count,
    other: count,
    forwardedToHotline: count,
    reportedToLawEnforcement: count,
  }),
  dismissalReasons: countPerName(dismissalReasons),
  byClassification: z.array(
    z.strictObject({
      classification: z.enum(classifications),
      severity: z.nullable(z.enum(['A1', 'A2', 'B1', 'B2'])),
      cases: count,
    }),
  ),
  notices: z.strictObject(noticeGroup),
  byHostingProvider: z.array(
    z.strictObject({ hostingProvider: z.nullable(text), hostingCountry: text, ...noticeGroup }),
  ),
  byHostingCountry: z.array(z.strictObject({ hostingCountry: text, ...noticeGroup })),
});

/** `GET /v1/cases/{id}/notice`: core's `buildTakedownNotice`. */
export const takedownNoticeSchema = z.strictObject({
  caseId: z.uuid(),
  reference: text,
  hotline: text,
  recipient: z.optional(text),
  urls: z.array(text),
  classification: z.enum(classifications),
  severity: z.optional(z.enum(['A1', 'A2', 'B1', 'B2'])),
  hostingCountry: countryCode,
  hostingProvider: z.optional(text),
  assessedOn: day,
  goodFaith: z.literal(true),
  notifierIdentity: z.literal('withheld'),
  deadlineHours: z.int().check(z.positive()),
});

const xarfContact = z.strictObject({ org: text, contact: text, domain: text });

/** `GET /v1/cases/{id}/xarf`: core's `buildXarfReport` (X-ARF v4 `content`/`csam`). */
export const xarfReportSchema = z.strictObject({
  xarf_version: text,
  report_id: z.uuid(),
  timestamp: dateTime,
  reporter: xarfContact,
  sender: xarfContact,
  source_identifier: text,
  category: z.literal('content'),
  type: z.literal('csam'),
  url: text,
  domain: z.optional(text),
  classification: z.enum(['baseline', 'A1', 'A2', 'B1', 'B2']),
  detection_method: z.literal('user_report'),
  evidence_source: z.literal('user_report'),
  verification_method: z.literal('manual'),
  verified_at: dateTime,
  country_code: countryCode,
  hosting_provider: z.optional(text),
  content_removed: z.boolean(),
});

/** `POST /v1/reports`: the receipt to give the reporter. */
export const reportAcceptedSchema = z.strictObject({
  receipt: z
    .string()
    .check(
      z.regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/),
      z.meta({ description: 'Crockford base32 in groups of four, e.g. 7K2M-9QXD-...' }),
    ),
  status: z.literal('received'),
});

/** `POST /v1/status`: core's `derivePublicStatus`. */
export const publicStatusSchema = z.strictObject({
  status: z.enum(['received', 'in_review', 'completed']),
  /** Only when the portal enables outcome feedback, and only once `completed`. */
  outcome: z.optional(z.enum(['action_taken', 'no_action'])),
  updatedOn: day,
});

const direction = z.enum(['ltr', 'rtl']);

/** `GET /v1/portals/{portal}`: `publicPortalConfiguration`. */
export const portalConfigurationSchema = z.strictObject({
  id: text,
  example: z.boolean(),
  country: countryCode,
  countryNames: z.record(z.string(), text),
  defaultLocale: text,
  locales: z.array(
    z.strictObject({
      tag: text,
      direction,
      status: z.enum(['draft', 'reviewed']),
      name: text,
    }),
  ),
  hotline: z.strictObject({
    name: text,
    website: text,
    email: z.optional(text),
  }),
  outcomeFeedback: z.boolean(),
  takedownDeadlineHours: z.int().check(z.positive()),
  fields: z.strictObject({
    schemaVersion: z.literal(1),
    urls: z.strictObject({ minItems: count, maxItems: count, maxLength: count }),
    contentTypes: z.array(z.enum(contentTypes)),
    whereFound: z.array(z.enum(whereFoundValues)),
    description: z.strictObject({ maxLength: count }),
    contact: z.array(z.enum(['consent', 'name', 'email', 'phone', 'wantsFeedback'])),
  }),
  legal: z.strictObject({
    locale: text,
    direction,
    notice: z.array(text),
    privacy: z.array(text),
  }),
});

const refusalSchema = z.union([
  z.strictObject({
    code: z.literal('forbidden_for_role'),
    type: z.enum(takedownEventTypes),
    role: z.enum([...takedownRoles, 'intake']),
    allowedRoles: z.array(z.enum([...takedownRoles, 'intake'])),
  }),
  z.strictObject({
    code: z.literal('stale_version'),
    expectedVersion: z.int(),
    version: z.int(),
  }),
  z.strictObject({
    code: z.literal('not_allowed_from_state'),
    type: z.optional(z.enum(takedownEventTypes)),
    state,
    allowedFrom: z.array(state),
  }),
  z.strictObject({ code: z.literal('not_confirmed'), state }),
  z.strictObject({
    code: z.literal('classification_not_expressible'),
    classification: z.literal('national'),
  }),
]);

/** An RFC 9457 problem detail, with Reportal's `errors` and `refusal` members. */
export const problemSchema = z.strictObject({
  type: z.url(),
  title: text,
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(text),
  /** One entry per field with a problem (422 of a body, 400 of a query). */
  errors: z.optional(z.array(z.strictObject({ path: text, code: text, message: text }))),
  /** Why the takedown machine refused (403, 409 and 422 of case events, 422 of notices and X-ARF). */
  refusal: z.optional(refusalSchema),
});

/** `GET /v1/hosts`: the hosts of open cases, most open cases first. */
export const hostPageSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      /** The registrable domain (public suffix list), or an address. */
      host: text,
      openCases: count,
      states: z.strictObject({
        received: count,
        assessing: count,
        confirmed: count,
        forwarded: count,
        notice_sent: count,
      }),
      oldestOpenCase: z.strictObject({ id: z.uuid(), createdAt: dateTime }),
    }),
  ),
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: z.nullable(text),
});

/** `POST /v1/cases/events`: what happened to each case, in the order given. */
export const bulkEventResultsSchema = z.strictObject({
  applied: count,
  refused: count,
  results: z.array(
    z.union([
      z.strictObject({
        caseId: z.uuid(),
        outcome: z.literal('applied'),
        state,
        version: z.int().check(z.positive()),
        /** `true` when a retry with the same `Idempotency-Key` found it applied before. */
        replayed: z.boolean(),
      }),
      z.strictObject({
        caseId: z.uuid(),
        outcome: z.literal('refused'),
        refusal: z.union([
          refusalSchema,
          z.strictObject({ code: z.literal('not_found') }),
          z.strictObject({
            code: z.literal('invalid_payload'),
            type: z.enum(takedownEventTypes),
            issues: z.array(
              z.strictObject({ path: z.array(z.union([text, z.int()])), code: text }),
            ),
          }),
        ]),
      }),
    ]),
  ),
});

/** `GET /healthz`. */
export const livenessSchema = z.strictObject({ status: z.literal('ok') });
/** `GET /readyz`: `ready`, or `unavailable` (503) when the store does not answer. */
export const readinessSchema = z.strictObject({ status: z.enum(['ready', 'unavailable']) });

/** The response schemas by their name under `components.schemas`. */
export const responseSchemas = {
  Case: caseSchema,
  CaseHistoryEntry: caseHistoryEntrySchema,
  CaseWithReports: caseWithReportsSchema,
  CasePage: casePageSchema,
  HostPage: hostPageSchema,
  BulkEventResults: bulkEventResultsSchema,
  StoredReport: storedReportSchema,
  Metrics: metricsSchema,
  TransparencyReport: transparencyReportSchema,
  TakedownNotice: takedownNoticeSchema,
  XarfReport: xarfReportSchema,
  ReportAccepted: reportAcceptedSchema,
  PublicStatus: publicStatusSchema,
  PortalConfiguration: portalConfigurationSchema,
  Problem: problemSchema,
  Liveness: livenessSchema,
  Readiness: readinessSchema,
} as const;
