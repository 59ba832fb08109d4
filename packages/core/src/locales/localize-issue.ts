import type { SubmissionIssue, SubmissionIssueCode } from '../schema/issue-codes.js';
import { MAX_URL_LENGTH } from '../url/reported-url.js';
import type { MessageKey } from './messages.generated.js';
import type { Translator } from './translator.js';

/** A submission issue with its message in the translator's locale (as in problem+json `errors`). */
export interface LocalizedIssue extends SubmissionIssue {
  message: string;
}

// Params a message needs that an issue may lack (a URL refused by `checkReportedUrl` itself).
const defaultParams: Partial<Record<SubmissionIssueCode, Record<string, string | number>>> = {
  url_too_long: { maximum: MAX_URL_LENGTH },
  unsupported_locale: { locales: '' },
};

/**
 * The localized message of one submission issue: `error.<field>.<code>` where the catalog has
 * such a message for the field (e.g. `error.urls.too_few_items`), otherwise `error.<code>`,
 * with the issue's params as values.
 *
 * @example
 * ```ts
 * const result = parseSubmission(body);
 * if (!result.ok) result.issues.map((issue) => localizeIssue(issue, t));
 * // ['Enter the web address where you saw the material.']
 * ```
 */
export function localizeIssue(issue: SubmissionIssue, t: Translator): string {
  // Params are checked against the messages by the catalog tests, not by the type system here.
  const values = { ...defaultParams[issue.code], ...issue.params } as never;
  const generic = `error.${issue.code}` as MessageKey;
  const field = issue.path[0];
  if (typeof field === 'string') {
    const specific = `error.${field}.${issue.code}` as MessageKey;
    if (t.has(specific) || !t.has(generic)) {
      const text = t(specific, values);
      if (text !== specific) return text;
    }
  }
  return t(generic, values);
}

/**
 * Localizes every issue of a refused submission, keeping `path` and `code`: the `errors` member of
 * a 422 problem response.
 *
 * @example
 * ```ts
 * const errors = localizeIssues(result.issues, t); // [{ path: ['urls', 0], code: 'url_invalid', message: '...' }]
 * ```
 */
export function localizeIssues(
  issues: readonly SubmissionIssue[],
  t: Translator,
): LocalizedIssue[] {
  return issues.map((issue) => ({ ...issue, message: localizeIssue(issue, t) }));
}
