import type { ReportSubmission } from '../schema/submission-schema.js';
import {
  ANONYMIZATION_RULESET_ID,
  type AnonymizationContext,
  type AnonymizedReport,
  type AppliedRule,
  anonymizationRules,
  type ReportDraft,
} from './ruleset.js';

/** The outcome of `anonymize`: the report's stored form, and what each rule did. */
export interface AnonymizeResult {
  report: AnonymizedReport;
  applied: AppliedRule[];
}

/**
 * Applies the anonymization ruleset `reportal-anon-1` to a valid submission. Pure: the report is
 * built from the submitted fields alone, so nothing in `context.request` can reach it; every rule
 * is recorded on the report with how many values it removed or changed.
 *
 * @example
 * ```ts
 * const { report } = anonymize(submission, { receivedAt: new Date(), source: 'public' });
 * report.receivedAt; // '2026-11-23T16:00:00.000Z'
 * ```
 */
export function anonymize(
  submission: ReportSubmission,
  context: AnonymizationContext,
): AnonymizeResult {
  const draft: ReportDraft = {
    schemaVersion: submission.schemaVersion,
    portal: submission.portal,
    locale: submission.locale,
    urls: [...submission.urls],
    goodFaith: true,
    receivedAt: '',
    source: context.source,
  };
  if (submission.contentTypes) draft.contentTypes = [...submission.contentTypes];
  if (submission.whereFound) draft.whereFound = submission.whereFound;
  if (submission.description !== undefined) draft.description = submission.description;
  if (submission.contact) draft.contact = { ...submission.contact };

  const applied = anonymizationRules.map((rule) => ({
    id: rule.id,
    field: rule.field,
    count: rule.apply(draft, context),
  }));
  const report = {
    ...draft,
    anonymization: { ruleset: ANONYMIZATION_RULESET_ID, applied },
  } as AnonymizedReport;
  return { report, applied };
}
