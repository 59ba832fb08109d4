import { type Html, html } from '../html/html.js';
import { type ReporterContext, reporterPage, reporterPaths } from './reporter-page.js';

/** The receipt's groups, each with its dash, unbreakable: a narrow screen wraps only between groups. */
function receiptGroups(receipt: string): Html[] {
  return receipt
    .split('-')
    .map((group, index, groups) =>
      index < groups.length - 1 ? html`<span>${group}-</span><wbr>` : html`<span>${group}</span>`,
    );
}

/**
 * The confirmation: the receipt in large text, with the advice to keep it. It is the answer to
 * the form's POST, never a redirect, so the receipt is never in a URL.
 */
export function confirmationPage(
  context: ReporterContext,
  options: { receipt: string; urlCount: number },
): Html {
  const { t } = context;
  const paths = reporterPaths(t.locale);
  const main = html`<h1>${t('confirmation.page_title')}</h1>
<p>${t('confirmation.intro', { count: options.urlCount })}</p>
<section class="result" aria-labelledby="receipt-label">
<h2 id="receipt-label">${t('confirmation.receipt_label')}</h2>
<p class="receipt" id="receipt-code" dir="ltr" data-copy="${t('confirmation.copy')}" data-copied="${t('confirmation.copied')}">${receiptGroups(options.receipt)}</p>
<p>${t('confirmation.receipt_advice')}</p>
<div class="field">
<label for="receipt-copy">${t('confirmation.copy_field')}</label>
<textarea id="receipt-copy" class="receipt-copy" rows="1" readonly dir="ltr" spellcheck="false" autocapitalize="off">${options.receipt}</textarea>
</div>
<p>${t('confirmation.receipt_private')}</p>
</section>
<p><a href="${paths.status}">${t('confirmation.status_link')}</a></p>
<p><a href="${paths.form}">${t('confirmation.report_another')}</a></p>
<p>${t('confirmation.wellbeing')}</p>`;
  return reporterPage(context, { title: t('confirmation.page_title'), main });
}
