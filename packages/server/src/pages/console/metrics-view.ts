import {
  type MessageKey,
  type RemovalWeek,
  type TakedownMetrics,
  type Translator,
  takedownStates,
} from '@reportal/core';
import { type Html, html } from '../html/html.js';
import { formatDuration } from './console-format.js';
import { removalChart } from './removal-chart.js';
import { roleNote, type ViewContext } from './view-context.js';

/** The metrics of all time: counts, medians, the share removed in time, cases per state and the weekly chart. */
export function metricsView(
  context: ViewContext,
  metrics: TakedownMetrics,
  weeks: readonly RemovalWeek[],
): Html {
  const { t } = context;
  const noData = t('console.metrics.no_data');
  const duration = (hours: number | null) => (hours === null ? noData : formatDuration(hours, t));
  const row = (label: string, value: string | number) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const key = (name: MessageKey) => t(name);
  const percent = (share: number | null) =>
    share === null ? '—' : t('console.metrics.share', { share });
  return html`<h1>${t('console.metrics.page_title')}</h1>
${roleNote(context)}
<p><strong>${t('console.metrics.period')}:</strong> ${t('console.metrics.all_time')}</p>
<dl id="metrics">
${row(key('console.metrics.reports_received'), metrics.reportsReceived)}
${row(key('console.metrics.urls_received'), metrics.urlsReceived)}
${row(key('console.metrics.duplicates_linked'), metrics.duplicatesLinked)}
${row(
  key('console.metrics.median_time_to_assessment'),
  // Arrival is stored to the hour: under an hour says only that.
  metrics.medianHoursToAssessment !== null && metrics.medianHoursToAssessment < 1
    ? t('console.metrics.within_the_hour')
    : duration(metrics.medianHoursToAssessment),
)}
${row(key('console.metrics.median_notice_to_removal'), duration(metrics.medianHoursFromFirstNoticeToRemoval))}
${row(
  t('console.metrics.removed_within_deadline', { hours: metrics.deadlineHours }),
  metrics.shareRemovedWithinDeadline === null
    ? noData
    : t('console.metrics.share', { share: metrics.shareRemovedWithinDeadline }),
)}
${row(key('console.metrics.overdue'), metrics.overdue)}
</dl>
<h2 id="per-state">${t('console.metrics.per_state')}</h2>
<table aria-labelledby="per-state">
<caption class="visually-hidden">${t('console.metrics.per_state')}</caption>
<thead><tr><th scope="col">${t('console.queue.column.state')}</th><th scope="col">${t('console.queue.column.case')}</th></tr></thead>
<tbody>${takedownStates.map((state) => html`<tr data-state="${state}"><td>${t(`console.state.${state}` as const)}</td><td>${metrics.casesPerState[state]}</td></tr>`)}</tbody>
</table>
<h2 id="per-provider">${t('console.metrics.per_provider')}</h2>
${
  metrics.removalTimesPerHostingProvider.length === 0
    ? html`<p>${noData}</p>`
    : html`<table aria-labelledby="per-provider">
<thead><tr><th scope="col">${t('console.metrics.provider')}</th><th scope="col">${t('console.transparency.notices')}</th><th scope="col">${t('console.metrics.removed')}</th><th scope="col">${t('console.metrics.median')}</th><th scope="col">${t('console.metrics.p90')}</th><th scope="col">${t('console.metrics.within_hours', { hours: 24 })}</th><th scope="col">${t('console.metrics.within_hours', { hours: 72 })}</th></tr></thead>
<tbody>${metrics.removalTimesPerHostingProvider.map(
        (item) =>
          html`<tr><td>${item.hostingProvider ?? t('console.metrics.provider_unnamed')}</td><td>${item.noticed}</td><td>${item.removed}</td><td>${formatHoursFigure(item.medianHours, t)}</td><td>${formatHoursFigure(item.p90Hours, t)}</td><td>${percent(item.shareWithin24Hours)}</td><td>${percent(item.shareWithin72Hours)}</td></tr>`,
      )}</tbody></table>`
}
<h2 id="chart-title">${t('console.metrics.chart_title')}</h2>
${removalChart(weeks, t)}`;
}

/** Hours as a duration in the console's language, or a dash when there is none. */
export function formatHoursFigure(hours: number | null, t: Translator): string {
  return hours === null ? '—' : formatDuration(hours, t);
}
