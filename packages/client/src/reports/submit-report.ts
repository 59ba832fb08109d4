import type { ReportInput, ReportSubmissionBody } from '../api/api-types.js';
import { internals, type ReportalClient } from '../client/reportal-client.js';
import { sendRequest } from '../client/send-request.js';
import type { ReportalClientError } from '../errors/reportal-client-error.js';
import { newIdempotencyKey } from '../idempotency/new-idempotency-key.js';
import { validateSubmission } from './validate-report.js';

/** Options of one `submitReport` call. */
export interface SubmitReportOptions {
  /**
   * The `Idempotency-Key` (16 to 255 visible ASCII characters). Default: a new random UUID. Give
   * a key you keep (per report, not per attempt) to make a later run safe to repeat: the portal
   * answers a repeated key with the first answer for 24 hours and stores nothing new.
   */
  idempotencyKey?: string | undefined;
  /** Aborts the call, retries and waits included. */
  signal?: AbortSignal | undefined;
}

/** The outcome of `submitReport`. */
export type SubmitReportResult =
  | {
      ok: true;
      /** The receipt to give the reporter, e.g. `7K2M-9QXD-...`: the only way to follow the report up. */
      receipt: string;
      /** True when the portal had already stored this report (a retry or a repeated run). */
      replayed: boolean;
      idempotencyKey: string;
    }
  | { ok: false; error: ReportalClientError; idempotencyKey: string };

/**
 * Submits one report: validates it locally first (problems come back as a `validation` error
 * with localized messages, and nothing is sent), then posts it with an `Idempotency-Key`,
 * retrying through network failures, 429 and 503 without ever storing it twice.
 *
 * @example
 * ```ts
 * const result = await submitReport(client, {
 *   urls: ['https://example.com/gallery/7'], whereFound: 'website', goodFaith: true,
 * });
 * if (result.ok) showReceipt(result.receipt);
 * else if (result.error.code === 'validation') showIssues(result.error.issues);
 * ```
 */
export async function submitReport(
  client: ReportalClient,
  input: ReportInput,
  options: SubmitReportOptions = {},
): Promise<SubmitReportResult> {
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const submission: ReportSubmissionBody = {
    ...input,
    schemaVersion: 1,
    portal: client.portal,
    locale: client.locale,
  };
  const refused = validateSubmission(submission, client[internals].catalogs);
  if (refused) return { ok: false, error: refused, idempotencyKey };
  const result = await sendRequest(client, {
    method: 'POST',
    path: '/v1/reports',
    body: JSON.stringify(submission),
    idempotencyKey,
    signal: options.signal,
  });
  if (!result.ok) return { ...result, idempotencyKey };
  const { receipt } = result.body as { receipt: string };
  return {
    ok: true,
    receipt,
    replayed: result.headers.get('Idempotency-Replayed') === 'true',
    idempotencyKey,
  };
}
