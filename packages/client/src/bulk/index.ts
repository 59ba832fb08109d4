/** @reportal/client/bulk: submit a CSV file of reports from Node, resumably, with progress (what `reportal submit` runs). */
export { formatDuration, formatProgress } from './progress-line.js';
export {
  type CsvReport,
  type ParseReportsCsvResult,
  parseReportsCsv,
  reportsCsvColumns,
} from './reports-csv.js';
export {
  openResultsWriter,
  type ResultsFileContents,
  type ResultsHeader,
  type ResultsWriter,
  type RowResult,
  readResultsFile,
} from './results-file.js';
export {
  type SubmitCsvFileOptions,
  type SubmitCsvFileResult,
  type SubmitCsvFileSummary,
  submitCsvFile,
} from './submit-csv-file.js';
