/** @reportal/client: the typed partner SDK of a Reportal portal, over the platform's fetch (browsers, workers, Node). */

export type { components, operations, paths } from './api/api-types.generated.js';
export type {
  PortalConfiguration,
  Problem,
  PublicStatus,
  ReportAccepted,
  ReportInput,
  ReportIssue,
  ReportSubmissionBody,
} from './api/api-types.js';
export {
  createReportalClient,
  type ReportalClient,
  type ReportalClientOptions,
} from './client/reportal-client.js';
export {
  ReportalClientError,
  type ReportalClientErrorCode,
  type ReportalClientErrorDetails,
} from './errors/reportal-client-error.js';
export {
  type FetchPortalConfigurationResult,
  fetchPortalConfiguration,
} from './portal/fetch-portal-configuration.js';
export {
  type SubmitManyOptions,
  type SubmitManyProgress,
  type SubmitManyResult,
  submitMany,
} from './reports/submit-many.js';
export {
  type SubmitReportOptions,
  type SubmitReportResult,
  submitReport,
} from './reports/submit-report.js';
export type { RetryOptions } from './retry/retry-policy.js';
export { type CheckStatusResult, checkStatus } from './status/check-status.js';
