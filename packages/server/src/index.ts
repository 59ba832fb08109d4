/** @reportal/server: the web-standard Reportal server (Request -> Response). Its store contract is `@reportal/store`. */
export {
  ACCESS_TOKEN_PREFIX,
  authenticate,
  bearerToken,
  type CreateAccessTokenOptions,
  createAccessToken,
  generateAccessToken,
  hashAccessToken,
} from './auth/access-tokens.js';
export { type ProblemDetails, type ProblemFieldError, problemResponse } from './http/problem.js';
export { isJsonMediaType, MAX_BODY_BYTES, readJsonBody } from './http/read-json-body.js';
export type { Route, RouteContext } from './http/router.js';
export { applySecurityHeaders } from './http/security-headers.js';
export {
  fingerprintBody,
  hashIdempotencyKey,
  openSealedResponse,
  sealResponse,
} from './intake/idempotency.js';
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
export { createOpenApiDocument } from './openapi/openapi-document.js';
export { publicPortalConfiguration } from './portal/public-configuration.js';
export {
  createMemoryRateLimitBackend,
  type MemoryRateLimitBackend,
  type MemoryRateLimitBackendOptions,
} from './rate-limit/memory-backend.js';
export {
  createRateLimiter,
  type RateLimiter,
  type RateLimitOptions,
} from './rate-limit/rate-limiter.js';
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
export * from './store/deprecated-exports.js';
