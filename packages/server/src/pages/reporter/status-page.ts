import { type PublicStatus, RECEIPT_LENGTH } from '@reportal/core';
import { type Html, html } from '../html/html.js';
import {
  describedBy,
  errorSummary,
  type FieldErrors,
  inlineErrors,
  noErrors,
} from './field-errors.js';
import { type ReporterContext, reporterPage, reporterPaths } from './reporter-page.js';

/** Options of `statusPage`: a lookup's answer, or the receipt typed and its error. */
export interface StatusPageOptions {
  status?: PublicStatus;
  receipt?: string;
  errors?: FieldErrors;
  /** A calm message above the form (a rate-limited lookup: how long to wait). */
  notice?: string;
}

/** The status lookup: a receipt is sent by POST (never in a URL) and the coarse status shown. */
export function statusPage(context: ReporterContext, options: StatusPageOptions = {}): Html {
  const { portal, t } = context;
  const errors = options.errors ?? noErrors;
  const { status } = options;
  const result =
    status &&
    html`<section class="result" aria-labelledby="result-heading">
<h2 id="result-heading">${t('status.result.heading')}</h2>
<p class="state">${t(`status.state.${status.status}` as const)}</p>
<p>${t(`status.state_description.${status.status}` as const)}</p>
${status.outcome && html`<p>${t(`status.outcome.${status.outcome}` as const)}</p>`}
${status.status === 'completed' && !portal.outcomeFeedback && html`<p>${t('status.outcome.not_shared')}</p>`}
<p>${t('status.updated_on', { date: formatDay(status.updatedOn, t.locale) })}</p>
</section>`;
  const main = html`<h1>${t('status.page_title')}</h1>
${result}
${options.notice !== undefined && html`<p class="notice" role="alert">${options.notice}</p>`}
${errorSummary(errors, t)}
<p>${t('status.intro')}</p>
<form method="post" action="${reporterPaths(t.locale).status}" autocomplete="off" novalidate>
<div class="field">
<label for="receipt">${t('status.receipt.label')}</label>
<p class="help" id="receipt-help">${t('status.receipt.help', { length: RECEIPT_LENGTH })}</p>
${inlineErrors(errors, 'receipt')}
<input id="receipt" name="receipt" type="text" dir="ltr" spellcheck="false" autocapitalize="characters" maxlength="100" value="${options.receipt ?? ''}"${describedBy(errors, 'receipt', 'receipt-help')}>
</div>
<button type="submit">${t('status.submit')}</button>
</form>
<p>${t('status.privacy')}</p>`;
  return reporterPage(context, { title: t('status.page_title'), main, current: 'status' });
}

/** A `YYYY-MM-DD` day in the page's language. */
function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
