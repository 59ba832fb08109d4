import {
  createTranslator,
  type LocaleCatalog,
  localizeIssues,
  parseSubmission,
} from '@reportal/core';
import type { ReportSubmissionBody } from '../api/api-types.js';
import { ReportalClientError } from '../errors/reportal-client-error.js';

/**
 * Checks a submission with the portal's own rules (`parseSubmission` of `@reportal/core`: the
 * same answers as the zod schema the portal runs, without zod's weight in the bundle), so
 * the reporter sees the portal's messages without a request: a `validation` error, or `undefined`
 * when the submission is valid. Paths are written as the portal writes them (`urls/0`); without a
 * catalog, each message is the issue's code.
 */
export function validateSubmission(
  submission: ReportSubmissionBody,
  catalogs: readonly LocaleCatalog[],
): ReportalClientError | undefined {
  const result = parseSubmission(submission);
  if (result.ok) return undefined;
  const [catalog, ...fallbacks] = catalogs;
  const t = catalog && createTranslator(catalog, { fallbacks });
  const issues = t
    ? localizeIssues(result.issues, t)
    : result.issues.map((issue) => ({ ...issue, message: issue.code }));
  const count = issues.length;
  return new ReportalClientError(
    'validation',
    t ? t('error.summary.heading', { count }) : `The report has ${count} problem(s).`,
    {
      issues: issues.map(({ path, code, message }) => ({ path: path.join('/'), code, message })),
      attempts: 0,
    },
  );
}
