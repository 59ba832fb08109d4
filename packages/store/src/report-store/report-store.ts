import type {
  AnonymizedReport,
  ApplyEventResult,
  Case,
  Classification,
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
   * the store holds the report until the end of its window (`ReportStore.heldReports`), since which
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
  /** Only cases whose URL has this host key (`hostKey` of the core: the registrable domain). */
  host?: string;
  /** Only confirmed cases hosted in this country (ISO 3166-1 alpha-2, upper case). */
  hostingCountry?: string;
  /** Only cases confirmed with this classification. */
  classification?: Classification;
  /** Only cases opened by a report of this source: `public` or `partner:<id>`. */
  source?: string;
  /** Only cases created before this time (their first report is older). */
  createdBefore?: Date;
  /** `newest` (the default) or `oldest` first, by creation time then id. */
  sort?: 'newest' | 'oldest';
  /**
   * Only cases in `notice_sent` whose last notice is at or before `lastNoticeBefore` and whose
   * current round has fewer than `reminderLimit` reminders (see `roundReminders`): those a
   * reminder is due for.
   */
  reminderDue?: { lastNoticeBefore: Date; reminderLimit: number };
  /** From `encodeCaseCursor(lastCaseOfThePreviousPage)`; the server checks it with `decodeCaseCursor`. */
  cursor?: string;
  /** 1 to 100. */
  limit: number;
}

/**
 * One host of the open cases (`ReportStore.listHosts`): how many open cases its URLs have, per
 * state, and its oldest open case.
 *
 * @example
 * ```ts
 * const host: HostSummary = {
 *   host: 'example.com',
 *   openCases: 3,
 *   states: { received: 2, assessing: 0, confirmed: 1, forwarded: 0, notice_sent: 0 },
 *   oldestOpenCase: { id: '0195...', createdAt: '2025-03-10T09:00:00.000Z' },
 * };
 * ```
 */
export interface HostSummary {
  /** The host key (`hostKey`): a registrable domain, or an address. */
  host: string;
  openCases: number;
  /** Open cases per open state. */
  states: Record<OpenCaseState, number>;
  oldestOpenCase: { id: string; createdAt: string };
}

/** The states of open cases (see `isOpenCase`). */
export type OpenCaseState = 'received' | 'assessing' | 'confirmed' | 'forwarded' | 'notice_sent';

/**
 * Filters of `listHosts`.
 *
 * @example
 * ```ts
 * const query: HostQuery = { portal: 'bz', limit: 50 };
 * ```
 */
export interface HostQuery {
  portal?: string;
  /** From `encodeHostCursor(lastHostOfThePreviousPage)`. */
  cursor?: string;
  /** 1 to 100. */
  limit: number;
}

/**
 * One event applied to many cases (`ReportStore.applyBulkEvent`), each at the version the store
 * finds, each in a transaction of its own.
 *
 * @example
 * ```ts
 * const outcome = await store.applyBulkEvent({
 *   portal: 'bz',
 *   caseIds,
 *   event: { type: 'claim', actor: { id: 'analyst-1', role: 'analyst' }, at: new Date() },
 *   idempotency: { scope: 'token:analyst-1', keyHash, fingerprint, expiresAt },
 * });
 * ```
 */
export interface BulkEvent {
  /** Cases of other portals are answered `not_found`. */
  portal: string;
  /** 1 to 500 distinct case ids. */
  caseIds: readonly string[];
  event: Omit<TakedownEventInput, 'expectedVersion'>;
  /**
   * Makes a retry safe: a case the same key applied the event to before is answered as then
   * (`replayed`), never applied twice, even after a crash half-way.
   */
  idempotency?: Omit<IdempotencyRecord, 'sealedResponse'>;
}

/**
 * What happened to one case of a bulk event.
 *
 * @example
 * ```ts
 * if (result.ok) console.log(result.caseId, result.version, result.replayed);
 * else console.log(result.caseId, result.refusal.code);
 * ```
 */
export type BulkCaseResult =
  | { caseId: string; ok: true; state: string; version: number; replayed: boolean }
  | { caseId: string; ok: false; refusal: Exclude<AppendEventResult, { ok: true }>['refusal'] };

/**
 * The outcome of `applyBulkEvent`.
 *
 * @example
 * ```ts
 * const outcome = await store.applyBulkEvent(bulk);
 * if (outcome.kind === 'applied') console.log(outcome.results.filter((result) => result.ok).length);
 * ```
 */
export type BulkEventOutcome =
  /** One result per case id, in the order given. */
  | { kind: 'applied'; results: BulkCaseResult[] }
  /** The idempotency key came before with another body: nothing is applied. */
  | { kind: 'idempotency_conflict' };

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
  /** Cases, newest (or oldest) first by creation, filtered, with cursor pagination. */
  listCases(query: CaseQuery): Promise<Page<Case>>;
  /**
   * The hosts of open cases, most open cases first (then by host), with counts per state and
   * the oldest open case, with cursor pagination. Kept as counts, so its cost does not grow with
   * the store.
   */
  listHosts(query: HostQuery): Promise<Page<HostSummary>>;
  /**
   * Applies one event to each case: each checked by the machine at the version the store finds
   * and stored atomically on its own (not all or nothing); with `idempotency`, never twice.
   */
  applyBulkEvent(bulk: BulkEvent): Promise<BulkEventOutcome>;
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
   * Present when the store is time-blind: it holds each report sealed until the end of its window
   * (an hour by default), then stores the window's reports together, so that nothing it writes
   * tells when within the window a report came. Held reports are durable and found by their receipt, but reach the
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
  /** The length of a window in minutes (aligned to the clock: 60 means whole hours, UTC). */
  readonly windowMinutes: number;
  /** Minutes after the end of a window before its reports are released. */
  readonly graceMinutes: number;
  /** Where the held reports and their windows' keys are kept, in words for the operator. */
  readonly keys: string;
  /** When a report arriving at `at` is released into the analysts' queue. */
  releaseTimeFor(at: Date): Date;
  /** How many reports are held now (by this store's spool). */
  held(): Promise<number>;
  /** Releases every window that has ended (the store also does this on its own). */
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
  /** The windows released (their starts, ISO 8601). */
  windows: string[];
  /** Reports stored. */
  released: number;
  /** Held reports whose window's key was lost (keys on a memory file system through a reboot). */
  unreadable: number;
}
