import {
  type Case,
  type CaseHistoryEntry,
  isOverdue,
  type MessageKey,
  type Translator,
} from '@reportal/core';
import type { StoredReport } from '../../store/report-store.js';
import { type Html, html } from '../html/html.js';
import { allowedEvents, eventForm } from './case-actions.js';
import { formatTime } from './console-format.js';
import { consoleHref } from './console-shell.js';
import { reportedUrlView } from './reported-url-view.js';
import { overdueNote, roleNote, type ViewContext } from './view-context.js';

/**
 * A case: its URLs as text (never links, never loaded), the actions the machine allows for the
 * reader's role, the linked reports and the history.
 */
export function caseView(
  context: ViewContext,
  found: { case: Case; reports: readonly StoredReport[] },
): Html {
  const { t, locale, role } = context;
  const item = found.case;
  const overdue = isOverdue(item, {
    now: context.now,
    deadlineHours: context.portal.takedownDeadlineHours,
  });
  const events = allowedEvents(item.state, role);
  const api = `/v1/cases/${encodeURIComponent(item.id)}`;
  const reportsById = new Map(found.reports.map((report) => [report.reportId, report]));
  return html`<h1>${t('console.case.page_title', { id: item.id })}</h1>
<p><a href="${consoleHref('/console/', locale)}">${t('console.case.back')}</a></p>
${roleNote(context)}
<p><strong>${t('console.case.state')}:</strong> ${t(`console.state.${item.state}` as const)} · ${t('console.case.version', { version: item.version })}${overdue && html` ${overdueNote(item, context)}`}</p>
<h2>${t('console.case.urls')}</h2>
<p class="help">${t('console.case.urls_note')}</p>
<ul>${item.urls.map((url) => html`<li>${reportedUrlView(url, t)}</li>`)}</ul>
<h2>${t('console.case.actions')}</h2>
<div id="actions" data-case="${item.id}" data-version="${item.version}" data-saved="${t('console.case.saved')}" data-stale="${t('console.case.stale')}" data-not-allowed="${t('console.case.not_allowed')}">
${
  role === 'auditor'
    ? html`<p>${t('console.read_only')}</p>`
    : events.length === 0
      ? html`<p>${t('console.case.no_actions')}</p>`
      : events.map((type) => eventForm(type, t))
}
${
  item.confirmation &&
  html`<p><button type="button" class="secondary" data-fetch="${api}/notice" data-accept="text/plain" aria-controls="notice-text">${t('console.case.notice')}</button>
<button type="button" class="secondary" data-fetch="${api}/xarf" data-accept="application/json" aria-controls="notice-text">${t('console.case.xarf')}</button></p>
<pre id="notice-text" dir="ltr" hidden></pre>`
}
</div>
<h2>${t('console.case.reports')}</h2>
<p>${t('console.case.report_count', { count: found.reports.length })}</p>
${found.reports.map((report) => reportDetails(report, t))}
<h2>${t('console.case.history')}</h2>
<ol>${item.history.map((entry) => historyEntry(entry, t, reportsById))}</ol>`;
}

/** What a console view or page shows for an address whose id is not a case id (never the id). */
export function invalidCaseIdView(context: Pick<ViewContext, 't' | 'locale'>): Html {
  const { t, locale } = context;
  return html`<h1>${t('console.invalid_id.heading')}</h1>
<p>${t('console.invalid_id.body')}</p>
<p><a href="${consoleHref('/console/', locale)}">${t('console.case.back')}</a></p>`;
}

function reportDetails(report: StoredReport, t: Translator): Html {
  const none = t('console.case.report.none');
  const row = (label: MessageKey, value: Html | string) =>
    html`<dt>${t(label)}</dt><dd>${value}</dd>`;
  const contact = report.contact;
  return html`<section aria-label="${report.reportId}">
<h3 class="url">${report.reportId}</h3>
<dl>
${row('console.case.report.received_at', formatTime(report.receivedAt, t))}
${row('console.case.report.locale', report.locale)}
${row('console.case.report.source', sourceLabel(report.source, t))}
${row('console.case.report.content_types', report.contentTypes?.length ? report.contentTypes.map((type) => t(`form.content_types.option.${type}` as const)).join(', ') : none)}
${row('console.case.report.where_found', report.whereFound ? t(`form.where_found.option.${report.whereFound}` as const) : none)}
${row('console.case.report.description', report.description ? html`<span class="description">${report.description}</span>` : none)}
${row('console.case.report.contact', contact ? [contact.name, contact.email, contact.phone].filter((value) => value).join(' · ') || none : none)}
${contact?.wantsFeedback && row('console.case.report.wants_feedback', '✓')}
</dl>
</section>`;
}

function sourceLabel(source: string, t: Translator): string {
  return source.startsWith('partner:')
    ? t('console.case.source.partner', { partner: source.slice('partner:'.length) })
    : t('console.case.source.public');
}

function historyEntry(
  entry: CaseHistoryEntry,
  t: Translator,
  reports: ReadonlyMap<string, StoredReport>,
): Html {
  let event: string;
  let actor: string;
  let details = '';
  let urls: Html | undefined;
  if (entry.type === 'open' || entry.type === 'link_report') {
    event = entry.type === 'open' ? t('console.state.received') : t('console.case.reports');
    const source = reports.get(entry.payload.reportId)?.source ?? 'public';
    actor = sourceLabel(source, t);
    urls = html`<ul>${entry.payload.urls.map((url) => html`<li>${reportedUrlView(url, t)}</li>`)}</ul>`;
  } else {
    event = t(`console.event.${entry.type}` as const);
    actor =
      entry.actor.role === 'intake'
        ? t('console.case.source.public')
        : `${t(`console.role.${entry.actor.role}` as const)} ${entry.actor.id.slice(0, 8)}`;
    details = Object.entries(entry.payload as Record<string, unknown>)
      .map(([name, value]) => `${name}: ${String(value)}`)
      .join(', ');
  }
  return html`<li>${t('console.case.history_entry', { event, actor, date: formatTime(entry.at, t) })}${details && html`<br><span class="help url" dir="ltr">${details}</span>`}${urls}</li>`;
}
