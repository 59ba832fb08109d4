/**
 * Every code a submission issue can carry. Codes are stable (part of the v1 contract); each has a
 * localized message in every catalog.
 */
export const submissionIssueCodes = [
  'required',
  'invalid_type',
  'unknown_field',
  'invalid_value',
  'unsupported_schema_version',
  'too_few_items',
  'too_many_items',
  'too_long',
  'empty',
  'url_invalid',
  'url_too_long',
  'url_scheme_data',
  'url_scheme_blob',
  'url_scheme_file',
  'url_scheme_javascript',
  'url_scheme_unsupported',
  'good_faith_required',
  'invalid_locale',
  'unknown_portal',
  'unsupported_locale',
  'invalid_email',
  'invalid_phone',
  'nul_character',
] as const;

/** A stable code saying what is wrong with one field of a submission. */
export type SubmissionIssueCode = (typeof submissionIssueCodes)[number];

/** One problem with a submission: where (`path`), what (`code`) and the limits involved (`params`). */
export interface SubmissionIssue {
  /** Path to the field, e.g. `['urls', 2]` or `['contact', 'email']`; `[]` for the whole body. */
  path: (string | number)[];
  code: SubmissionIssueCode;
  /** Values for the localized message, e.g. `{ maximum: 20 }`. */
  params?: Record<string, string | number>;
}
