import type {
  AnonymizedReport,
  ApplyEventResult,
  Case,
  RemovalWeek,
  TakedownEventInput,
  TakedownMetrics,
  TakedownRole,
  TakedownState,
  TransparencyReport,
} from '@reportal/core';
import type { RateLimitBackend } from '../rate-limit/rate-limit-backend.js';

/**
 * A report as stored: the anonymized report and its id. Never any network identifier.
 *
 * @example
 * ```ts
 * const stored: StoredReport = { ...anonymized, reportId: createReportId() };
 * ```
 */
export interface StoredReport extends AnonymizedReport {
  reportId: string;
}

/**
 * The cases one report touches: one per distinct URL key, with the report's URLs of that key.
 *
 * @example
 * ```ts
 * const target: ReportCaseTarget = {
 *   key: await urlKey('https://example.com/a'),
 *   urls: ['https://example.com/a'],
 *   newCaseId: createReportId(),
 * };
 * ```
 */
export interface ReportCaseTarget {
  /** `urlKey` of the URLs. */
  key: string;
  /** The report's URLs with this key, as stored. */
  urls: string[];
  /** The id to give the case when no open case has this key in the report's portal. */
  newCaseId: string;
}

/**
 * What makes a retried request safe: a hash of the client's `Idempotency-Key`, a fingerprint of
 * the body, and the first answer sealed with a key derived from the `Idempotency-Key` itself, so
 * the store alone cannot read the receipt inside it.
 *
 * @example
 * ```ts
 * const idempotency: IdempotencyRecord = {
 *   scope: 'partner:ngo-1',
 *   keyHash, // hex SHA-256 of the Idempotency-Key header
 *   fingerprint, // hex SHA-256 of the body
 *   sealedResponse, // the first answer, sealed under a key derived from the Idempotency-Key
 *   expiresAt: '2025-03-11T09:00:00.000Z',
 * };
 * ```
 */
export interface IdempotencyRecord {
  /** `public` or `partner:<id>`: the same key from two sources never collides. */
  scope: string;
  /** Hex SHA-256 of the `Idempotency-Key` header. */
  keyHash: string;
  /** Hex SHA-256 of the request body, byte for byte. */
  fingerprint: string;
  /** The sealed first answer (opaque to the store). */
  sealedResponse: string;
  /** ISO 8601, coarsened to the hour. After it, the key may be forgotten. */
  expiresAt: string;
}

/**
 * One report to store, atomically, with its cases and their first history entries.
 *
 * @example
 * ```ts
 * const outcome = await store.submitReport({ report, receiptHash: await hashReceipt(receipt), cases });
 * ```
 */
export interface NewReport {
  report: StoredReport;
  /** Hex SHA-256 of the receipt (see `hashReceipt`); the receipt itself is never stored. */
  receiptHash: string;
  cases: ReportCaseTarget[];
  idempotency?: IdempotencyRecord;
}

/**
 * The outcome of `submitReport`.
 *
 * @example
 * ```ts
 * const outcome = await store.submitReport(newReport);
 * if (outcome.kind === 'stored') console.log(outcome.caseIds);
 * ```
 */
export type SubmitReportOutcome =
  /**
   * Stored: the ids of the report's cases, in the order of `cases` (opened or linked); empty when
   * the store holds the report until the end of its hour (`ReportStore.heldReports`), since which
   * cases it joins is decided then.
   */
  | { kind: 'stored'; caseIds: string[] }
  /** The same idempotency key and body were stored before: nothing new is stored. */
  | { kind: 'replayed'; sealedResponse: string }
  /** The same idempotency key came with another body: nothing is stored. */
  | { kind: 'idempotency_conflict' };

/**
 * A page of a list, newest first.
 *
 * @example
 * ```ts
 * const page: Page<Case> = await store.listCases({ portal: 'bz', limit: 20 });
 * const next = page.nextCursor && (await store.listCases({ portal: 'bz', limit: 20, cursor: page.nextCursor }));
 * ```
 */
export interface Page<Item> {
  items: Item[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * Filters of `listCases`.
 *
 * @example
 * ```ts
 * const query: CaseQuery = { portal: 'bz', states: ['received', 'assessing'], limit: 50 };
 * ```
 */
export interface CaseQuery {
  portal?: string;
  states?: readonly TakedownState[];
  /** Only cases whose notice is older than the deadline with no removal (see `isOverdue`). */
  overdue?: { now: Date; deadlineHours: number };
  /** From `encodeCaseCursor(lastCaseOfThePreviousPage)`; the server checks it with `decodeCaseCursor`. */
  cursor?: string;
  /** 1 to 100. */
  limit: number;
}

/**
 * What `takedownMetrics` answers for: the portal's cases created in `[from, to)`, as they stood
 * at `min(to, now)`.
 *
 * @example
 * ```ts
 * const query: TakedownMetricsQuery = {
 *   portal: 'bz', from: new Date(0), to: new Date(), now: new Date(), deadlineHours: 72,
 * };
 * ```
 */
export interface TakedownMetricsQuery {
  portal: string;
  from: Date;
  to: Date;
  now: Date;
  deadlineHours: number;
}

/**
 * A case with the reports linked to it.
 *
 * @example
 * ```ts
 * const found: CaseWithReports | null = await store.getCase(caseId);
 * ```
 */
export interface CaseWithReports {
  case: Case;
  reports: StoredReport[];
}

/**
 * A report found by its receipt, with what its public status is derived from.
 *
 * @example
 * ```ts
 * const found = await store.findReportByReceipt(await hashReceipt(receipt));
 * const status =
 *   found && derivePublicStatus(found.cases, { reportId: found.report.reportId, outcomeFeedback: true });
 * ```
 */
export interface ReportByReceipt {
  report: StoredReport;
  /** The report's cases and, for merged ones, the cases they were merged into. */
  cases: Case[];
}

/**
 * The outcome of `appendEvent`: the machine's answer, or `not_found`.
 *
 * @example
 * ```ts
 * const result: AppendEventResult = await store.appendEvent(caseId, event);
 * if (!result.ok) console.log(result.refusal.code); // 'stale_version', 'not_found', ...
 * ```
 */
export type AppendEventResult = ApplyEventResult | { ok: false; refusal: { code: 'not_found' } };

/**
 * A bearer token's record. The token itself is never stored, only its hash.
 *
 * @example
 * ```ts
 * await store.createToken({
 *   id: 'analyst-1',
 *   tokenHash: await hashAccessToken(token),
 *   role: 'analyst',
 *   label: 'Analyst on duty',
 *   createdAt: new Date().toISOString(),
 *   revokedAt: null,
 * });
 * ```
 */
export interface TokenRecord {
  id: string;
  /** Hex SHA-256 of the token. */
  tokenHash: string;
  role: TakedownRole;
  /** A name for people (who holds it). */
  label: string;
  /** For `partner` tokens: the partner's id, recorded as the report source `partner:<id>`. */
  partnerId?: string;
  /**
   * The portals whose servers accept the token. Absent: every portal's server accepts it, and
   * it sees that portal's cases only. Present: only those portals' servers accept it, and on
   * them it may also read the cases of the other portals listed (stores shared by portals).
   */
  portals?: string[];
  createdAt: string;
  revokedAt: string | null;
}

/**
 * Retention rules of one portal, in days.
 *
 * @example
 * ```ts
 * const policy: RetentionPolicy = { portal: 'bz', contactDetailsDays: 90, reportsDays: 730 };
 * ```
 */
export interface RetentionPolicy {
  portal: string;
  /** Contact details are removed from reports older than this. */
  contactDetailsDays: number;
  /** Closed cases older than this are deleted, with the reports that no other case links. */
  reportsDays: number;
}

/**
 * What a purge removed: counts only, never the data.
 *
 * @example
 * ```ts
 * const summary: PurgeSummary = await store.purge({ now: new Date(), policies: [policy] });
 * ```
 */
export interface PurgeSummary {
  contactDetailsRemoved: number;
  casesDeleted: number;
  reportsDeleted: number;
}

/**
 * Where a Reportal server keeps reports, cases, receipts, idempotency keys and tokens. Every
 * coordination (idempotency, deduplication, case versions) happens here, so many stateless
 * server processes can share one store. `@reportal/store/testing` exports the contract suite
 * that every implementation must pass (`describeStoreContract`), and `createMemoryStore` is the
 * reference implementation.
 *
 * @example
 * ```ts
 * const store: ReportStore = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * const reportal = createReportal({ portal: 'bz', store });
 * ```
 */
export interface ReportStore {
  /**
   * Stores a report atomically: the report, its receipt hash, and for each URL key either a new
   * case (`createCase`) or a `link_report` entry on the open case of that key in the report's
   * portal (see `isOpenCase`), plus the idempotency record. Concurrent reports of one key end in
   * exactly one case. Either everything is stored or nothing.
   */
  submitReport(report: NewReport): Promise<SubmitReportOutcome>;
  /** The report whose receipt has this hash, or `null`. */
  findReportByReceipt(receiptHash: string): Promise<ReportByReceipt | null>;
  /** Cases, newest first (by creation), filtered, with cursor pagination. */
  listCases(query: CaseQuery): Promise<Page<Case>>;
  /** One case with its linked reports, or `null`. */
  getCase(id: string): Promise<CaseWithReports | null>;
  /**
   * Applies an event to a case with `applyEvent` and stores the new case, atomically. Two
   * concurrent events expecting the same version end in one accepted and one `stale_version`.
   */
  appendEvent(caseId: string, event: TakedownEventInput): Promise<AppendEventResult>;
  /** Every case of the portal created in `[from, to)` (either bound may be absent), for metrics. */
  listCasesForMetrics(query: { portal?: string; from?: Date; to?: Date }): Promise<Case[]>;
  /**
   * The answer of `computeTakedownMetrics` for the cases `listCasesForMetrics` lists, from
   * aggregates kept as events happen: its cost must not grow with the store's history. Assumes
   * analysts' event times never go back within a case (one clock).
   */
  takedownMetrics(query: TakedownMetricsQuery): Promise<TakedownMetrics>;
  /** The answer of `computeRemovalTimesPerWeek` for the portal's cases, from aggregates. */
  removalTimesPerWeek(query: { portal: string; now: Date; weeks?: number }): Promise<RemovalWeek[]>;
  /** The answer of `computeTransparencyReport` for the portal's cases, from aggregates. */
  transparencyReport(query: {
    portal: string;
    year: number;
    now: Date;
  }): Promise<TransparencyReport>;

  createToken(token: TokenRecord): Promise<void>;
  /** The token with this hash, revoked or not, or `null`. */
  findToken(tokenHash: string): Promise<TokenRecord | null>;
  /** Marks a token revoked; `false` when there is no such token. */
  revokeToken(id: string, at: Date): Promise<boolean>;
  listTokens(): Promise<TokenRecord[]>;

  /** Removes what retention says must go, and records that it did (counts, never data). */
  purge(options: { now: Date; policies: readonly RetentionPolicy[] }): Promise<PurgeSummary>;
  /** Resolves when the store can serve requests (readiness). */
  ping(): Promise<void>;
  /**
   * Present when the store is time-blind: it holds each report sealed until the end of its hour's
   * window, then stores the hour's reports together, so that nothing it writes tells when within
   * the hour a report came. Held reports are durable and found by their receipt, but reach the
   * analysts' queue only when released.
   */
  readonly heldReports?: HeldReports;
  /**
   * Rate-limit buckets shared by every process using this store (optional). When present,
   * `createReportal` uses it by default, so several processes on one database share one set of
   * limits; without it each process keeps its limits in memory.
   */
  readonly rateLimitBackend?: RateLimitBackend;
  /** Releases connections; pending operations finish first. */
  close(): Promise<void>;
}

/**
 * What a time-blind store tells about the reports it holds.
 *
 * @example
 * ```ts
 * const held = store.heldReports;
 * if (held) console.log(`reports of this hour reach the queue at ${held.releaseTimeFor(new Date()).toISOString()}`);
 * ```
 */
export interface HeldReports {
  /** Minutes after the end of an hour before its reports are released. */
  readonly graceMinutes: number;
  /** Where the keys of the held hours are kept, in words for the operator. */
  readonly keys: string;
  /** When a report arriving at `at` is released into the analysts' queue. */
  releaseTimeFor(at: Date): Date;
  /** Releases every hour whose window has ended (the store also does this on its own). */
  releaseDue(): Promise<HeldReleaseSummary>;
}

/**
 * What one release did.
 *
 * @example
 * ```ts
 * const { released, unreadable } = await store.heldReports!.releaseDue();
 * ```
 */
export interface HeldReleaseSummary {
  /** The hours released (ISO 8601). */
  hours: string[];
  /** Reports stored. */
  released: number;
  /** Held reports whose hour's key was lost (a power cut with keys in memory): deleted unread. */
  unreadable: number;
}
