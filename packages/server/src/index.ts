/**
 * @reportal/server: the web-standard Reportal server (Request -> Response). What the docs show:
 * `createReportal` and its options, the intake for servers of your own (`createReportIntake`),
 * the portal's localization, the JSON logger, access tokens and the rate-limit options. Node's
 * adapter is `@reportal/server/node`, the HTML pages `@reportal/server/pages`, the store
 * contract `@reportal/store`.
 */
export { type CreateAccessTokenOptions, createAccessToken } from './auth/access-tokens.js';
export type { ProblemDetails, ProblemFieldError } from './http/problem.js';
export {
  type AcceptedReport,
  createReportIntake,
  type IntakeResult,
  type ReportIntake,
  type ReportIntakeOptions,
} from './intake/report-intake.js';
export {
  createPortalLocalization,
  type PortalLocalization,
} from './localization/portal-localization.js';
export { createJsonLogger, type LogFields, type Logger, silentLogger } from './logging/logger.js';
export type { RateLimitOptions } from './rate-limit/rate-limiter.js';
export {
  type ReminderPassSummary,
  reminderActor,
  sendDueReminders,
} from './reminders/send-reminders.js';
export {
  type AuthenticationOutcome,
  createReportal,
  type ReportAnswer,
  type Reportal,
  type ReportalOperations,
  type ReportalOptions,
  type ReportalParts,
  type RequestContext,
  type RetentionOptions,
  retentionPolicyOf,
  type StatusLookupFailure,
  type StoreReportOutcome,
} from './reportal.js';
