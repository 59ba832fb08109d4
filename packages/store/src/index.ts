/**
 * @reportal/store: the store contract of Reportal. The `ReportStore` interface and its types, the
 * case cursor codec every store shares, the `RateLimitBackend` interface, and `createMemoryStore`.
 * The contract suites are in `@reportal/store/testing`.
 */
export { type CaseCursor, decodeCaseCursor, encodeCaseCursor } from './case-cursor/case-cursor.js';
export { decodeHostCursor, encodeHostCursor, type HostCursor } from './case-cursor/host-cursor.js';
export {
  isTransientStoreError,
  StoreError,
  type StoreErrorCode,
} from './errors/store-error.js';
export { createMemoryStore } from './memory-store/memory-store.js';
export type {
  BucketLimit,
  RateLimitBackend,
  RateLimitDecision,
  RateLimitTake,
} from './rate-limit/rate-limit-backend.js';
export type {
  AppendEventResult,
  BulkCaseResult,
  BulkEvent,
  BulkEventOutcome,
  CaseQuery,
  CaseWithReports,
  HeldReleaseSummary,
  HeldReports,
  HostQuery,
  HostSummary,
  IdempotencyRecord,
  NewReport,
  OpenCaseState,
  Page,
  PurgeSummary,
  ReportByReceipt,
  ReportCaseTarget,
  ReportStore,
  RetentionPolicy,
  StoredReport,
  SubmitReportOutcome,
  TakedownMetricsQuery,
  TokenRecord,
} from './report-store/report-store.js';
