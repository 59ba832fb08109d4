import { parse } from 'csv-parse/sync';
import type { ReportInput } from '../api/api-types.js';

/** The columns of a reports CSV file; only `urls` is required. */
export const reportsCsvColumns = ['urls', 'description', 'contentTypes', 'whereFound'] as const;

/** One report read from a CSV file. */
export interface CsvReport {
  /** The report's number in the file: 1 for the first row after the header. */
  row: number;
  report: ReportInput;
}

/** The outcome of `parseReportsCsv`: the reports, or what is wrong with the file itself. */
export type ParseReportsCsvResult =
  | { ok: true; reports: CsvReport[] }
  | { ok: false; message: string };

/**
 * Reads a CSV file of reports (RFC 4180, with a header row): `urls` holds one or more URLs
 * separated by spaces, `contentTypes` values separated by spaces, `description` and `whereFound`
 * as they are; empty cells are left out. Each report states good faith (`goodFaith: true`): the
 * partner submitting the file makes that statement for every row. Rows are not validated here:
 * `submitReport` does it, with localized messages. Unknown columns are refused, so that no other
 * data in the file (notes, names) is sent by mistake.
 *
 * @example
 * ```ts
 * const parsed = parseReportsCsv('urls,whereFound\nhttps://example.com/a https://example.com/b,forum\n');
 * if (parsed.ok) parsed.reports[0]?.report.urls; // ['https://example.com/a', 'https://example.com/b']
 * ```
 */
export function parseReportsCsv(text: string | Uint8Array): ParseReportsCsvResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { ok: false, message: `not a readable CSV file: ${(error as Error).message}` };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, message: 'the file is empty: it needs a header row' };
  const columns = header;
  const unknown = columns.filter(
    (column) => !(reportsCsvColumns as readonly string[]).includes(column),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the columns are ${reportsCsvColumns.join(', ')}`,
    };
  }
  if (!columns.includes('urls')) return { ok: false, message: 'the header has no urls column' };
  if (new Set(columns).size !== columns.length) {
    return { ok: false, message: 'a column appears twice in the header' };
  }
  const reports = rows.map((record, index): CsvReport => {
    const cell = (column: (typeof reportsCsvColumns)[number]) =>
      record[columns.indexOf(column)] ?? '';
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    const report: Record<string, unknown> = { urls: words(cell('urls')) };
    if (cell('description')) report.description = cell('description');
    if (cell('contentTypes')) report.contentTypes = words(cell('contentTypes'));
    if (cell('whereFound')) report.whereFound = cell('whereFound');
    report.goodFaith = true;
    // Values are checked by submitReport, which answers a localized issue for each bad one.
    return { row: index + 1, report: report as ReportInput };
  });
  return { ok: true, reports };
}
