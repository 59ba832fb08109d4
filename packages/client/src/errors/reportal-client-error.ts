import type { Problem, ReportIssue } from '../api/api-types.js';

const marker = Symbol.for('@reportal/client.error');

/**
 * Stable codes of `ReportalClientError` (part of the SDK's contract; new codes come only in a
 * minor release). `validation`: the report or receipt has problems (see `issues`); `network`: no
 * answer (connection refused, reset or dropped); `timeout`: no answer in time; `rate_limited`: the
 * portal asked to wait longer than the retry budget (see `retryAfterSeconds`); `server`: the
 * portal failed; `unauthorized`: the API key is missing, wrong, revoked or not a partner key;
 * `not_found`: no report has this receipt, or no such portal at this address; `conflict`: the
 * idempotency key was already used for another report; `aborted`: the caller's signal aborted.
 */
export type ReportalClientErrorCode =
  | 'validation'
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'server'
  | 'unauthorized'
  | 'not_found'
  | 'conflict'
  | 'aborted';

/** What a `ReportalClientError` carries besides its code and message. */
export interface ReportalClientErrorDetails {
  /** The HTTP status of the last answer, when there was one. */
  status?: number;
  /** For `validation`: every problem, with its path (`urls/0`), code and localized message. */
  issues?: readonly ReportIssue[];
  /** For `rate_limited`: what the portal's `Retry-After` asked for. */
  retryAfterSeconds?: number;
  /** The portal's RFC 9457 problem document, when it sent one. */
  problem?: Problem;
  /** Requests sent, retries included (0 when the failure was found locally). */
  attempts?: number;
  cause?: unknown;
}

/**
 * The one error family of `@reportal/client`. Failures are returned as values
 * (`{ ok: false, error }`), never thrown; branch on the stable `code`.
 *
 * @example
 * ```ts
 * const result = await submitReport(client, report);
 * if (!result.ok && result.error.code === 'validation') {
 *   for (const issue of result.error.issues ?? []) showError(issue.path, issue.message);
 * }
 * ```
 */
export class ReportalClientError extends Error {
  readonly [marker] = true;
  override readonly name = 'ReportalClientError';
  readonly code: ReportalClientErrorCode;
  declare readonly status?: number;
  declare readonly issues?: readonly ReportIssue[];
  declare readonly retryAfterSeconds?: number;
  declare readonly problem?: Problem;
  declare readonly attempts?: number;

  constructor(
    code: ReportalClientErrorCode,
    message: string,
    details: ReportalClientErrorDetails = {},
  ) {
    super(message, 'cause' in details ? { cause: details.cause } : undefined);
    this.code = code;
    const { cause: _cause, ...rest } = details;
    Object.assign(this, rest);
  }

  /** True for a `ReportalClientError` from any copy of this package (across bundles and realms). */
  static isInstance(value: unknown): value is ReportalClientError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }
}
