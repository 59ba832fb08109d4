import { readFileSync } from 'node:fs';
import { internals, type ReportalClient } from '../client/reportal-client.js';
import {
  type SubmitManyProgress,
  type SubmitManyResult,
  submitMany,
} from '../reports/submit-many.js';
import { parseReportsCsv } from './reports-csv.js';
import {
  openResultsWriter,
  type ResultsHeader,
  type RowResult,
  readResultsFile,
} from './results-file.js';

/** Options of `submitCsvFile`. */
export interface SubmitCsvFileOptions {
  /** A client made with `@reportal/client/node` (or any `ReportalClient`). */
  client: ReportalClient;
  /** The CSV file of reports (see `parseReportsCsv` for its columns). */
  file: string;
  /** Where each row's receipt or error is written (JSON Lines). Default `<file>.results.jsonl`. */
  resultsFile?: string | undefined;
  /** Reports in flight at once. Default 8. */
  concurrency?: number | undefined;
  onProgress?: ((progress: SubmitManyProgress) => void) | undefined;
  /** Stops the run; rows not done are sent by the next run with the same results file. */
  signal?: AbortSignal | undefined;
}

/** What a `submitCsvFile` run did. */
export interface SubmitCsvFileSummary {
  resultsFile: string;
  /** Rows in the file. */
  total: number;
  /** Rows a previous run had already submitted (not sent again). */
  alreadyDone: number;
  /** Rows accepted in this run (`replayed` among them: stored by an interrupted earlier run). */
  accepted: number;
  replayed: number;
  /** Rows refused or failed in this run (each with its error in the results file). */
  failed: number;
  /** Rows left unsent because the run was stopped. */
  aborted: number;
}

/** The outcome of `submitCsvFile`: its summary, or why the run could not start. */
export type SubmitCsvFileResult =
  | { ok: true; summary: SubmitCsvFileSummary }
  | { ok: false; message: string };

/**
 * Submits every report of a CSV file, resumably. Each row's outcome is appended to the results
 * file as soon as it is known; running again with the same results file sends only the rows
 * without a receipt, under the same idempotency keys (`<runId>-<row>`), so a row that the portal
 * stored just before an interruption is answered with its first receipt, never stored twice
 * (within the portal's idempotency window of 24 hours).
 *
 * @example
 * ```ts
 * const client = createReportalClient({ baseUrl: 'https://report.example.org', portal: 'bz', locale: 'en', apiKey });
 * const result = await submitCsvFile({ client, file: 'reports.csv', concurrency: 8 });
 * if (result.ok) console.log(`${result.summary.accepted} accepted, see ${result.summary.resultsFile}`);
 * ```
 */
export async function submitCsvFile(options: SubmitCsvFileOptions): Promise<SubmitCsvFileResult> {
  const { client, file } = options;
  const resultsFile = options.resultsFile ?? `${file}.results.jsonl`;
  let text: Buffer;
  try {
    text = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${(error as Error).message}` };
  }
  const parsed = parseReportsCsv(text);
  if (!parsed.ok) return { ok: false, message: `${file}: ${parsed.message}` };
  const previous = readResultsFile(resultsFile);
  if (!previous.ok) return previous;
  const portalUrl = client[internals].baseUrl;
  const earlier = previous.contents;
  if (
    earlier &&
    (earlier.header.portal !== client.portal || earlier.header.portalUrl !== portalUrl)
  ) {
    return {
      ok: false,
      message: `${resultsFile} records a run against portal ${earlier.header.portal} at ${earlier.header.portalUrl}; give another results file`,
    };
  }
  const header: ResultsHeader = earlier?.header ?? {
    format: 'reportal-submit-results',
    version: 1,
    runId: crypto.randomUUID(),
    portal: client.portal,
    portalUrl,
  };
  const pending = parsed.reports.filter(({ row }) => {
    const result = earlier?.rows.get(row);
    return !(result && 'receipt' in result);
  });
  const summary: SubmitCsvFileSummary = {
    resultsFile,
    total: parsed.reports.length,
    alreadyDone: parsed.reports.length - pending.length,
    accepted: 0,
    replayed: 0,
    failed: 0,
    aborted: 0,
  };
  const writer = openResultsWriter(resultsFile, earlier ? undefined : header);
  try {
    await submitMany(
      client,
      pending.map(({ report }) => report),
      {
        concurrency: options.concurrency ?? 8,
        idempotencyKey: (index) => `${header.runId}-${pending[index]!.row}`,
        ...(options.onProgress && { onProgress: options.onProgress }),
        ...(options.signal && { signal: options.signal }),
        onResult(result) {
          const row = pending[result.index]!.row;
          const line = rowResult(row, result);
          if (!line) {
            summary.aborted++;
            return;
          }
          writer.append(line);
          if ('receipt' in line) {
            summary.accepted++;
            if (line.replayed) summary.replayed++;
          } else summary.failed++;
        },
      },
    );
  } finally {
    writer.close();
  }
  return { ok: true, summary };
}

// An aborted row has no outcome yet: nothing is written, and the next run sends it.
function rowResult(row: number, result: SubmitManyResult): RowResult | undefined {
  if (result.ok) return { row, receipt: result.receipt, replayed: result.replayed };
  const { code, message, status, issues } = result.error;
  if (code === 'aborted') return undefined;
  return {
    row,
    error: {
      code,
      message,
      ...(status !== undefined && { status }),
      ...(issues && { issues }),
    },
  };
}
