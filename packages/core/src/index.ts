/** @reportal/core: Reportal's pure domain core, the same code in browsers, Node and workers. */
export { type AnonymizeResult, anonymize } from './anonymize/anonymize.js';
export {
  type ClickIdentifier,
  clickIdentifiers,
  isClickIdentifier,
  stripClickIdentifiers,
} from './anonymize/click-identifiers.js';
export {
  ANONYMIZATION_RULESET_ID,
  type AnonymizationContext,
  type AnonymizationRule,
  type AnonymizationRuleId,
  type AnonymizedReport,
  type AppliedRule,
  anonymizationRules,
  coarsenReceivedAt,
  type ReportDraft,
  type ReportSource,
  type RequestIdentifiers,
} from './anonymize/ruleset.js';
export { randomBytes, sha256Hex } from './crypto/web-crypto.js';
export { ReportalError, type ReportalErrorCode } from './errors/reportal-error.js';
export {
  createReceipt,
  formatReceipt,
  hashReceipt,
  type ParseReceiptResult,
  parseReceipt,
  RECEIPT_LENGTH,
  type Receipt,
} from './receipt/receipt.js';
export { createReportId } from './report/report-id.js';
export {
  type SubmissionIssue,
  type SubmissionIssueCode,
  submissionIssueCodes,
} from './schema/issue-codes.js';
export {
  type ParseSubmissionOptions,
  type ParseSubmissionResult,
  type PortalLocales,
  parseSubmission,
} from './schema/parse-submission.js';
export {
  type ContactDetails,
  type ContentType,
  contentTypes,
  type ReportSubmission,
  type ReportSubmissionInput,
  reportSubmissionSchema,
  submissionLimits,
  type WhereFound,
  whereFoundValues,
} from './schema/submission-schema.js';
export { type CanonicalizeUrlOptions, canonicalizeUrl } from './url/canonicalize-url.js';
export {
  checkReportedUrl,
  MAX_URL_LENGTH,
  type ReportedUrlRefusal,
  type ReportedUrlResult,
} from './url/reported-url.js';
export { canonicalizeUrlForDeduplication, urlKey } from './url/url-key.js';
