import type { ReportInput } from '../api/api-types.js';
import type { ReportalClient } from '../client/reportal-client.js';
import { ReportalClientError } from '../errors/reportal-client-error.js';
import { newIdempotencyKey } from '../idempotency/new-idempotency-key.js';
import { type SubmitReportResult, submitReport } from './submit-report.js';

/** Where a `submitMany` run stands, after each report. */
export interface SubmitManyProgress {
  /** Reports finished (accepted or failed; not those a stop left unsent). */
  done: number;
  total: number;
  accepted: number;
  failed: number;
  elapsedMs: number;
  /** Reports finished per second so far. */
  perSecond: number;
  /** Estimated time left, from the rate so far; `undefined` before the first report is done. */
  etaMs: number | undefined;
}

/** The result of one report of a `submitMany` run, with its index in the inputs. */
export type SubmitManyResult = SubmitReportResult & { index: number };

/** Options of `submitMany`. */
export interface SubmitManyOptions {
  /** Reports in flight at once. Default 4. */
  concurrency?: number | undefined;
  /**
   * An id of this batch (visible ASCII, e.g. a UUID you keep): report `index` is sent with the
   * `Idempotency-Key` `<runId>-<index>`, so running the same batch again (after a crash, say)
   * stores nothing twice. Without it (and without `idempotencyKey`), keys are random.
   */
  runId?: string | undefined;
  /** The `Idempotency-Key` of report `index`; takes precedence over `runId`. */
  idempotencyKey?: ((index: number) => string) | undefined;
  /** Called after each report, with the run's progress. */
  onProgress?: ((progress: SubmitManyProgress) => void) | undefined;
  /** Called (and awaited) with each report's result as it comes: write it down here to resume. */
  onResult?: ((result: SubmitManyResult) => void | Promise<void>) | undefined;
  /** Stops the run: reports not yet sent fail with `aborted`, those in flight are aborted. */
  signal?: AbortSignal | undefined;
}

/**
 * Submits many reports with bounded concurrency, each exactly as `submitReport` does (local
 * validation, idempotency, retries), and answers one result per input, in input order. With
 * stable idempotency keys (`runId`), a repeated run is safe: reports the portal already stored are
 * answered with their first receipt and not stored again.
 *
 * @example
 * ```ts
 * const results = await submitMany(client, reports, {
 *   concurrency: 8, runId: savedRunId,
 *   onProgress: ({ done, total }) => console.log(`${done}/${total}`),
 * });
 * ```
 */
export async function submitMany(
  client: ReportalClient,
  inputs: readonly ReportInput[],
  options: SubmitManyOptions = {},
): Promise<SubmitManyResult[]> {
  const { runId, signal } = options;
  const keyOf =
    options.idempotencyKey ?? (runId === undefined ? undefined : (index) => `${runId}-${index}`);
  const total = inputs.length;
  const results: SubmitManyResult[] = new Array(total);
  const startedAt = Date.now();
  let next = 0;
  let done = 0;
  let accepted = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const idempotencyKey = keyOf ? keyOf(index) : newIdempotencyKey();
      const result: SubmitManyResult = signal?.aborted
        ? {
            ok: false,
            error: new ReportalClientError('aborted', 'The run was aborted.', { attempts: 0 }),
            idempotencyKey,
            index,
          }
        : {
            ...(await submitReport(client, inputs[index]!, {
              idempotencyKey,
              ...(signal && { signal }),
            })),
            index,
          };
      results[index] = result;
      await options.onResult?.(result);
      // A report left unsent by a stop is no progress, and no failure either.
      if (!result.ok && result.error.code === 'aborted') continue;
      done++;
      if (result.ok) accepted++;
      if (options.onProgress) {
        const elapsedMs = Date.now() - startedAt;
        const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
        options.onProgress({
          done,
          total,
          accepted,
          failed: done - accepted,
          elapsedMs,
          perSecond,
          etaMs: perSecond > 0 ? ((total - done) * 1000) / perSecond : undefined,
        });
      }
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, total));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
