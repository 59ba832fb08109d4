import * as z from 'zod/mini';
import { checkReportedUrl, MAX_URL_LENGTH } from '../url/reported-url.js';
import { canonicalLocale } from './locale-tag.js';
import {
  contentTypes,
  emailShape,
  phoneShape,
  portalId,
  submissionLimits,
  textWithoutNul,
  whereFoundValues,
} from './submission-fields.js';

export { contentTypes, submissionLimits, whereFoundValues } from './submission-fields.js';

// The first check of every text field: a text with U+0000 gets that one issue and no other.
const withoutNul = () => z.regex(textWithoutNul, { abort: true });

const reportedUrl = z.pipe(
  z.string().check(withoutNul(), z.maxLength(MAX_URL_LENGTH)),
  z.transform((value: string, context) => {
    const result = checkReportedUrl(value);
    if (result.ok) return result.url;
    context.issues.push({ code: 'custom', input: value, params: { reportal: result.code } });
    return z.NEVER;
  }),
);

const localeTag = z.pipe(
  z.string().check(withoutNul(), z.minLength(1), z.maxLength(submissionLimits.maxLocaleLength)),
  z.transform((value: string, context) => {
    const canonical = canonicalLocale(value);
    if (canonical) return canonical;
    context.issues.push({ code: 'custom', input: value, params: { reportal: 'invalid_locale' } });
    return z.NEVER;
  }),
);

const contactSchema = z.strictObject({
  consent: z.boolean(),
  name: z.optional(
    z.string().check(withoutNul(), z.trim(), z.maxLength(submissionLimits.maxNameLength)),
  ),
  email: z.optional(
    z
      .string()
      .check(
        withoutNul(),
        z.trim(),
        z.maxLength(submissionLimits.maxEmailLength),
        z.regex(emailShape),
      ),
  ),
  phone: z.optional(
    z
      .string()
      .check(
        withoutNul(),
        z.trim(),
        z.maxLength(submissionLimits.maxPhoneLength),
        z.regex(phoneShape),
      ),
  ),
  wantsFeedback: z.optional(z.boolean()),
});

/**
 * The report submission, schema version 1 (zod). Strict: an unknown field is refused with its
 * path, so no identifying data can be smuggled in, and no text field may hold U+0000 (NUL).
 * Prefer `parseSubmission`, which returns issues with stable codes.
 */
export const reportSubmissionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  portal: z.string().check(withoutNul(), z.regex(portalId)),
  locale: localeTag,
  urls: z
    .array(reportedUrl)
    .check(z.minLength(submissionLimits.minUrls), z.maxLength(submissionLimits.maxUrls)),
  contentTypes: z.optional(z.array(z.enum(contentTypes)).check(z.maxLength(contentTypes.length))),
  whereFound: z.optional(z.enum(whereFoundValues)),
  description: z.optional(
    z.string().check(withoutNul(), z.maxLength(submissionLimits.maxDescriptionLength)),
  ),
  goodFaith: z.literal(true),
  contact: z.optional(contactSchema),
});

/** A report submission as the reporter sends it (schema version 1). */
export type ReportSubmissionInput = z.input<typeof reportSubmissionSchema>;
/** A valid report submission: URLs parsed and serialized, the locale tag canonical. */
export type ReportSubmission = z.output<typeof reportSubmissionSchema>;
/** What the reporter saw. */
export type ContentType = (typeof contentTypes)[number];
/** Where the reporter found it. */
export type WhereFound = (typeof whereFoundValues)[number];
/** Contact details, kept only with explicit consent. */
export type ContactDetails = NonNullable<ReportSubmission['contact']>;
