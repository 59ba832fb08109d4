import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import type { ReportIssue } from '../api/api-types.js';
import type { ReportalClientErrorCode } from '../errors/reportal-client-error.js';

/** The first line of a results file: which run it records. */
export interface ResultsHeader {
  format: 'reportal-submit-results';
  version: 1;
  /** Keys of this run's requests are `<runId>-<row>`: a resumed run reuses them. */
  runId: string;
  portal: string;
  portalUrl: string;
}

/** One row's outcome, one JSON line each. */
export type RowResult =
  | { row: number; receipt: string; replayed: boolean }
  | {
      row: number;
      error: {
        code: ReportalClientErrorCode;
        message: string;
        status?: number;
        issues?: readonly ReportIssue[];
      };
    };

/** What an existing results file says. */
export interface ResultsFileContents {
  header: ResultsHeader;
  /** The last outcome of each row, by row number. */
  rows: Map<number, RowResult>;
}

/**
 * Reads a results file (JSON Lines). A last line cut short by a crash is ignored: its row is
 * sent again, and the portal answers it from its idempotency record.
 *
 * @example
 * ```ts
 * const read = readResultsFile('reports.csv.results.jsonl');
 * if (read.ok && read.contents) console.log(read.contents.rows.get(1)); // { row: 1, receipt: '...' }
 * ```
 */
export function readResultsFile(
  path: string,
): { ok: true; contents: ResultsFileContents | undefined } | { ok: false; message: string } {
  if (!existsSync(path)) return { ok: true, contents: undefined };
  const lines = readFileSync(path, 'utf8').split('\n');
  let header: ResultsHeader | undefined;
  const rows = new Map<number, RowResult>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (!header) {
      if ((value as ResultsHeader).format !== 'reportal-submit-results') break;
      header = value as ResultsHeader;
      continue;
    }
    const result = value as RowResult;
    if (typeof result.row === 'number') rows.set(result.row, result);
  }
  if (!header) return { ok: false, message: `${path} is not a results file of reportal submit` };
  return { ok: true, contents: { header, rows } };
}

/** An open results file, written line by line as outcomes come. */
export interface ResultsWriter {
  append(result: RowResult): void;
  close(): void;
}

/**
 * Opens a results file for appending (created readable by its owner only: receipts let anyone
 * who has them follow the reports up). Each outcome is written at once, so a crash loses at most
 * the rows in flight, which a resumed run sends again under the same idempotency keys.
 *
 * @example
 * ```ts
 * const writer = openResultsWriter('results.jsonl', header); // `undefined` header when resuming
 * writer.append({ row: 1, receipt: 'AWM2-X6Y2-...', replayed: false });
 * writer.close();
 * ```
 */
export function openResultsWriter(path: string, header: ResultsHeader | undefined): ResultsWriter {
  const descriptor = openSync(path, 'a', 0o600);
  const write = (value: unknown) => writeSync(descriptor, `${JSON.stringify(value)}\n`);
  // End a line cut short by a crash, so that it spoils only itself.
  const { size } = fstatSync(descriptor);
  if (size > 0) {
    const last = Buffer.alloc(1);
    const reader = openSync(path, 'r');
    readSync(reader, last, 0, 1, size - 1);
    closeSync(reader);
    if (last[0] !== 0x0a) writeSync(descriptor, '\n');
  }
  if (header) write(header);
  return {
    append: write,
    close() {
      fsyncSync(descriptor);
      closeSync(descriptor);
    },
  };
}
