import type { components } from './api-types.generated.js';

type Schemas = components['schemas'];

/** The body of `POST /v1/reports`: a report submission, schema version 1. */
export type ReportSubmissionBody = Schemas['ReportSubmission'];
/** The answer to an accepted report (`201`). */
export type ReportAccepted = Schemas['ReportAccepted'];
/** The coarse public status of a report (`POST /v1/status`). */
export type PublicStatus = Schemas['PublicStatus'];
/** A portal's public configuration (`GET /v1/portals/{portal}`). */
export type PortalConfiguration = Schemas['PortalConfiguration'];
/** An RFC 9457 problem document, as every error answer carries it. */
export type Problem = Schemas['Problem'];
/** One problem with one field: `path` like `urls/0` or `contact/email`, a stable `code`, a message. */
export type ReportIssue = NonNullable<Problem['errors']>[number];

/**
 * A report as a partner gives it to the SDK: the submission without `schemaVersion`, `portal` and
 * `locale`, which the client adds. `goodFaith: true` is the reporter's statement that the report
 * is made in good faith (DSA Art. 16(2)(d)).
 */
export type ReportInput = Omit<ReportSubmissionBody, 'schemaVersion' | 'portal' | 'locale'>;
