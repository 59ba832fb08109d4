// What `@reportal/server` exported of the store contract before it moved to `@reportal/store`:
// aliases (not plain re-exports, whose deprecation a declaration bundle drops) so that users see
// where to import from. The server's own modules import the contract from ./report-store.ts.
import {
  type AppendEventResult as AppendEventResultFromStore,
  type BucketLimit as BucketLimitFromStore,
  type CaseCursor as CaseCursorFromStore,
  type CaseQuery as CaseQueryFromStore,
  type CaseWithReports as CaseWithReportsFromStore,
  createMemoryStore as createMemoryStoreFromStore,
  decodeCaseCursor as decodeCaseCursorFromStore,
  encodeCaseCursor as encodeCaseCursorFromStore,
  type IdempotencyRecord as IdempotencyRecordFromStore,
  type NewReport as NewReportFromStore,
  type Page as PageFromStore,
  type PurgeSummary as PurgeSummaryFromStore,
  type RateLimitBackend as RateLimitBackendFromStore,
  type RateLimitDecision as RateLimitDecisionFromStore,
  type RateLimitTake as RateLimitTakeFromStore,
  type ReportByReceipt as ReportByReceiptFromStore,
  type ReportCaseTarget as ReportCaseTargetFromStore,
  type ReportStore as ReportStoreFromStore,
  type RetentionPolicy as RetentionPolicyFromStore,
  type StoredReport as StoredReportFromStore,
  type SubmitReportOutcome as SubmitReportOutcomeFromStore,
  type TokenRecord as TokenRecordFromStore,
} from '@reportal/store';

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { AppendEventResult } from '@reportal/store';
 * ```
 */
export type AppendEventResult = AppendEventResultFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { BucketLimit } from '@reportal/store';
 * ```
 */
export type BucketLimit = BucketLimitFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { CaseCursor } from '@reportal/store';
 * ```
 */
export type CaseCursor = CaseCursorFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { CaseQuery } from '@reportal/store';
 * ```
 */
export type CaseQuery = CaseQueryFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { CaseWithReports } from '@reportal/store';
 * ```
 */
export type CaseWithReports = CaseWithReportsFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from '@reportal/store';
 * ```
 */
export const createMemoryStore: typeof createMemoryStoreFromStore = createMemoryStoreFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import { decodeCaseCursor } from '@reportal/store';
 * ```
 */
export const decodeCaseCursor: typeof decodeCaseCursorFromStore = decodeCaseCursorFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import { encodeCaseCursor } from '@reportal/store';
 * ```
 */
export const encodeCaseCursor: typeof encodeCaseCursorFromStore = encodeCaseCursorFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { IdempotencyRecord } from '@reportal/store';
 * ```
 */
export type IdempotencyRecord = IdempotencyRecordFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { NewReport } from '@reportal/store';
 * ```
 */
export type NewReport = NewReportFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { Page } from '@reportal/store';
 * ```
 */
export type Page<Item> = PageFromStore<Item>;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { PurgeSummary } from '@reportal/store';
 * ```
 */
export type PurgeSummary = PurgeSummaryFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { RateLimitBackend } from '@reportal/store';
 * ```
 */
export type RateLimitBackend = RateLimitBackendFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { RateLimitDecision } from '@reportal/store';
 * ```
 */
export type RateLimitDecision = RateLimitDecisionFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { RateLimitTake } from '@reportal/store';
 * ```
 */
export type RateLimitTake = RateLimitTakeFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { ReportByReceipt } from '@reportal/store';
 * ```
 */
export type ReportByReceipt = ReportByReceiptFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { ReportCaseTarget } from '@reportal/store';
 * ```
 */
export type ReportCaseTarget = ReportCaseTargetFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { ReportStore } from '@reportal/store';
 * ```
 */
export type ReportStore = ReportStoreFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { RetentionPolicy } from '@reportal/store';
 * ```
 */
export type RetentionPolicy = RetentionPolicyFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { StoredReport } from '@reportal/store';
 * ```
 */
export type StoredReport = StoredReportFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { SubmitReportOutcome } from '@reportal/store';
 * ```
 */
export type SubmitReportOutcome = SubmitReportOutcomeFromStore;

/**
 * @deprecated Import it from `@reportal/store`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { TokenRecord } from '@reportal/store';
 * ```
 */
export type TokenRecord = TokenRecordFromStore;
