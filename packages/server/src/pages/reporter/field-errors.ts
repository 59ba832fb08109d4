import type { LocalizedIssue, Translator } from '@reportal/core';
import { type Html, html } from '../html/html.js';

/** One line of an error summary: the message, and the field it links to (if it has one on the page). */
export interface SummaryItem {
  fieldId: string | undefined;
  label: string;
  message: string;
}

/** Issues arranged for a page: the summary's lines and each field's messages, by field id. */
export interface FieldErrors {
  summary: SummaryItem[];
  byField: Map<string, string[]>;
}

/** The field of the page an issue path points to: its element id and its label. */
export type FieldLocator = (
  path: readonly (string | number)[],
  code: string,
) => { id: string; label: string } | undefined;

/** Arranges localized issues by the page's fields. */
export function arrangeErrors(
  issues: readonly LocalizedIssue[],
  locate: FieldLocator,
): FieldErrors {
  const byField = new Map<string, string[]>();
  const summary = issues.map((issue): SummaryItem => {
    const field = locate(issue.path, issue.code);
    if (field) byField.set(field.id, [...(byField.get(field.id) ?? []), issue.message]);
    return {
      fieldId: field?.id,
      label: field?.label ?? issue.path.join('.'),
      message: issue.message,
    };
  });
  return { summary, byField };
}

/** No errors. */
export const noErrors: FieldErrors = { summary: [], byField: new Map() };

/**
 * The error summary at the top of a form: a heading with the count and one link per problem to
 * its field. It takes the focus when the page loads, so screen readers announce it first.
 */
export function errorSummary(errors: FieldErrors, t: Translator): Html {
  if (errors.summary.length === 0) return html``;
  return html`<div class="summary" role="alert" tabindex="-1" autofocus aria-labelledby="summary-heading">
<h2 id="summary-heading">${t('error.summary.heading', { count: errors.summary.length })}</h2>
<ul>${errors.summary.map((item) => {
    const text = item.label
      ? t('error.summary.item', { field: item.label, message: item.message })
      : item.message;
    return html`<li>${item.fieldId ? html`<a href="#${item.fieldId}">${text}</a>` : text}</li>`;
  })}</ul>
</div>`;
}

/** A field's inline messages, placed between its label and its input. */
export function inlineErrors(errors: FieldErrors, id: string): Html {
  const messages = errors.byField.get(id);
  if (!messages) return html``;
  return html`<p class="error" id="${id}-error">${messages.join(' ')}</p>`;
}

/** `aria-describedby` and `aria-invalid` of a field: its help texts and its error, if any. */
export function describedBy(errors: FieldErrors, id: string, ...helpIds: string[]): Html {
  const invalid = errors.byField.has(id);
  const ids = [...helpIds, ...(invalid ? [`${id}-error`] : [])];
  return html`${ids.length > 0 && html` aria-describedby="${ids.join(' ')}"`}${invalid && html` aria-invalid="true"`}`;
}

/** `aria-describedby` of a group of fields (a fieldset) that has an error of its own. */
export function groupDescribedBy(errors: FieldErrors, id: string): Html {
  return html`${errors.byField.has(id) && html` aria-describedby="${id}-error"`}`;
}
