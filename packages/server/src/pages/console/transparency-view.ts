import type { TransparencyNoticeGroup, TransparencyReport } from '@reportal/core';
import { type Html, html } from '../html/html.js';
import { consoleHref } from './console-shell.js';
import { formatHoursFigure } from './metrics-view.js';
import type { ViewContext } from './view-context.js';

/** The yearly transparency report as a printable page: counts and durations only. */
export function transparencyView(context: ViewContext, report: TransparencyReport): Html {
  const { t } = context;
  const figure = (hours: number | null) => formatHoursFigure(hours, t);
  const groupCells = (group: TransparencyNoticeGroup) =>
    html`<td>${group.notices}</td><td>${group.reminders}</td><td>${group.removed}</td><td>${figure(group.medianHoursToRemoval)}</td><td>${figure(group.p90HoursToRemoval)}</td>`;
  const groupHeads = html`<th scope="col">${t('console.transparency.notices')}</th><th scope="col">${t('console.transparency.reminders')}</th><th scope="col">${t('console.metrics.removed')}</th><th scope="col">${t('console.metrics.median')}</th><th scope="col">${t('console.metrics.p90')}</th>`;
  const row = (label: string, value: string | number) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const { actionTaken } = report;
  return html`<h1>${t('console.transparency.page_title', { year: String(report.year) })}</h1>
<p>${t('console.transparency.intro')}</p>
<form method="get" action="${consoleHref('/console/transparency', context.locale)}" class="no-print">
<div class="field"><label for="year">${t('console.transparency.year')}</label>
<input id="year" name="year" type="number" min="2000" max="9999" value="${String(report.year)}"></div>
${context.locale ? html`<input type="hidden" name="locale" value="${context.locale}">` : ''}
<button type="submit">${t('console.transparency.show')}</button>
</form>
<h2 id="actions">${t('console.transparency.actions')}</h2>
<dl id="transparency-actions">
${row(t('console.transparency.assessed'), report.casesAssessed)}
${row(t('console.transparency.confirmed'), actionTaken.confirmed)}
${row(t('console.transparency.dismissed'), actionTaken.dismissed)}
${row(t('console.transparency.other'), actionTaken.other)}
${row(t('console.transparency.forwarded_to_hotline'), actionTaken.forwardedToHotline)}
${row(t('console.transparency.reported_to_law_enforcement'), actionTaken.reportedToLawEnforcement)}
</dl>
<h2 id="reasons">${t('console.transparency.dismissal_reasons')}</h2>
<table aria-labelledby="reasons"><tbody>${Object.entries(report.dismissalReasons).map(
    ([reason, cases]) =>
      html`<tr><td>${t(`console.reason.${reason as keyof typeof report.dismissalReasons}` as const)}</td><td>${cases}</td></tr>`,
  )}</tbody></table>
<h2 id="classification">${t('console.transparency.by_classification')}</h2>
<table aria-labelledby="classification">
<thead><tr><th scope="col">${t('console.transparency.classification')}</th><th scope="col">${t('console.transparency.severity')}</th><th scope="col">${t('console.transparency.cases')}</th></tr></thead>
<tbody>${report.byClassification.map(
    (item) =>
      html`<tr><td>${t(`console.classification.${item.classification as 'baseline' | 'national'}` as const)}</td><td>${item.severity ?? '—'}</td><td>${item.cases}</td></tr>`,
  )}</tbody></table>
<h2 id="notices">${t('console.transparency.notices_heading')}</h2>
<table aria-labelledby="notices"><thead><tr>${groupHeads}</tr></thead><tbody><tr>${groupCells(report.notices)}</tr></tbody></table>
<h2 id="by-provider">${t('console.transparency.by_provider')}</h2>
<table aria-labelledby="by-provider">
<thead><tr><th scope="col">${t('console.metrics.provider')}</th><th scope="col">${t('console.transparency.country')}</th>${groupHeads}</tr></thead>
<tbody>${report.byHostingProvider.map(
    (item) =>
      html`<tr><td>${item.hostingProvider ?? t('console.metrics.provider_unnamed')}</td><td>${item.hostingCountry}</td>${groupCells(item)}</tr>`,
  )}</tbody></table>
<h2 id="by-country">${t('console.transparency.by_country')}</h2>
<table aria-labelledby="by-country">
<thead><tr><th scope="col">${t('console.transparency.country')}</th>${groupHeads}</tr></thead>
<tbody>${report.byHostingCountry.map(
    (item) => html`<tr><td>${item.hostingCountry}</td>${groupCells(item)}</tr>`,
  )}</tbody></table>`;
}
