import type {
  AnonymizedReport,
  ApplyEventResult,
  Case,
  TakedownEventInput,
  TakedownRole,
  TakedownState,
} from '@reportal/core';
import type { RateLimitBackend } from '../rate-limit/rate-limiter.js';

/** A report as stored: the anonymized report and its id. Never any network identifier. */
export interface StoredReport extends AnonymizedReport {
  reportId: string;
}

/** The cases one report touches: one per distinct URL key, with the report's URLs of that key. */
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

/** One report to store, atomically, with its cases and their first history entries. */
export interface NewReport {
  report: StoredReport;
  /** Hex SHA-256 of the receipt (see `hashReceipt`); the receipt itself is never stored. */
  receiptHash: string;
  cases: ReportCaseTarget[];
  idempotency?: IdempotencyRecord;
}

/** The outcome of `submitReport`. */
export type SubmitReportOutcome =
  /** Stored: the ids of the report's cases, in the order of `cases` (opened or linked). */
  | { kind: 'stored'; caseIds: string[] }
  /** The same idempotency key and body were stored before: nothing new is stored. */
  | { kind: 'replayed'; sealedResponse: string }
  /** The same idempotency key came with another body: nothing is stored. */
  | { kind: 'idempotency_conflict' };

/** A page of a list, newest first. */
export interface Page<Item> {
  items: Item[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** Filters of `listCases`. */
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

/** A case with the reports linked to it. */
export interface CaseWithReports {
  case: Case;
  reports: StoredReport[];
}

/** A report found by its receipt, with what its public status is derived from. */
export interface ReportByReceipt {
  report: StoredReport;
  /** The report's cases and, for merged ones, the cases they were merged into. */
  cases: Case[];
}

/** The outcome of `appendEvent`: the machine's answer, or `not_found`. */
export type AppendEventResult = ApplyEventResult | { ok: false; refusal: { code: 'not_found' } };

/** A bearer token's record. The token itself is never stored, only its hash. */
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

/** Retention rules of one portal, in days. */
export interface RetentionPolicy {
  portal: string;
  /** Contact details are removed from reports older than this. */
  contactDetailsDays: number;
  /** Closed cases older than this are deleted, with the reports that no other case links. */
  reportsDays: number;
}

/** What a purge removed: counts only, never the data. */
export interface PurgeSummary {
  contactDetailsRemoved: number;
  casesDeleted: number;
  reportsDeleted: number;
}

/**
 * Where a Reportal server keeps reports, cases, receipts, idempotency keys and tokens. Every
 * coordination (idempotency, deduplication, case versions) happens here, so many stateless
 * server processes can share one store. `@reportal/server/testing` exports the contract suite
 * that every implementation must pass.
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
   * Rate-limit buckets shared by every process using this store (optional). When present,
   * `createReportal` uses it by default, so several processes on one database share one set of
   * limits; without it each process keeps its limits in memory.
   */
  readonly rateLimitBackend?: RateLimitBackend;
  /** Releases connections; pending operations finish first. */
  close(): Promise<void>;
}

/** Where a page of cases ends: the creation time and id of its last case. */
export interface CaseCursor {
  createdAt: string;
  id: string;
}

/** The cursor after `last` (every store uses this one format, so the server can check cursors). */
export function encodeCaseCursor(last: Pick<Case, 'createdAt' | 'id'>): string {
  return btoa(JSON.stringify([last.createdAt, last.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Reads a cursor made by `encodeCaseCursor`; `undefined` when it is not one. */
export function decodeCaseCursor(cursor: string): CaseCursor | undefined {
  try {
    const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const [createdAt, id, ...rest] = JSON.parse(atob(base64)) as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || rest.length > 0)
      return undefined;
    if (Number.isNaN(Date.parse(createdAt))) return undefined;
    return { createdAt, id };
  } catch {
    return undefined;
  }
}
