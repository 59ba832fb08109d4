import {
  type Case,
  type Classification,
  classifications,
  isOverdue,
  type TakedownState,
  takedownStates,
} from '@reportal/core';
import { flag, type Html, html } from '../html/html.js';
import { formatTime } from './console-format.js';
import { consoleHref } from './console-shell.js';
import { reportedUrlView } from './reported-url-view.js';
import { overdueNote, roleNote, type ViewContext } from './view-context.js';

/** Options of `queueView`. */
export interface QueueViewOptions {
  /** The overdue cases (first), then this page of cases. */
  overdue: readonly Case[];
  page: readonly Case[];
  nextCursor: string | null;
  state: TakedownState | undefined;
  /** The triage filters as the analyst typed them (kept in the form and the next page's link). */
  filters: QueueFilters;
  /** With time-blind intake: how many reports wait, and when the next reach the queue. */
  held?: QueueHeldNote | undefined;
}

/** What the queue says of the reports a time-blind store holds. */
export interface QueueHeldNote {
  count: number;
  releaseAt: Date;
  windowMinutes: number;
  graceMinutes: number;
}

/** The queue's triage filters, as query text. */
export interface QueueFilters {
  host?: string;
  hostingCountry?: string;
  classification?: Classification;
  source?: string;
  createdBefore?: string;
  sort?: 'newest' | 'oldest';
}

/** The events the queue applies to the selected cases (those needing no assessment). */
const bulkEvents = ['claim', 'release', 'send_notice', 'verify_removed'] as const;

/**
 * The queue: triage filters (state, host, hosting country, classification, source, age, order),
 * overdue cases first, then the cases; each with a checkbox, for one action on all selected.
 */
export function queueView(context: ViewContext, options: QueueViewOptions): Html {
  const { t, locale } = context;
  const overdueIds = new Set(options.overdue.map((item) => item.id));
  const rows = [...options.overdue, ...options.page.filter((item) => !overdueIds.has(item.id))];
  const { filters } = options;
  const nextHref =
    options.nextCursor &&
    `/console/?${new URLSearchParams({
      ...(options.state && { state: options.state }),
      ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
      cursor: options.nextCursor,
      ...(locale && { locale }),
    })}`;
  const text = (name: keyof QueueFilters, label: string, type = 'text') =>
    html`<div class="field">
<label for="${name}">${label}</label>
<input id="${name}" name="${name}" type="${type}" value="${filters[name] ?? ''}" dir="ltr">
</div>`;
  return html`<h1>${t('console.queue.page_title')}</h1>
${roleNote(context)}
<form method="get" action="/console/">
${locale && html`<input type="hidden" name="locale" value="${locale}">`}
<div class="field">
<label for="state">${t('console.queue.filter_state')}</label>
<select id="state" name="state">
<option value="">${t('console.queue.all_states')}</option>
${takedownStates.map((state) => html`<option value="${state}"${flag('selected', options.state === state)}>${t(`console.state.${state}` as const)}</option>`)}
</select>
</div>
${text('host', t('console.queue.filter_host'))}
${text('hostingCountry', t('console.field.hosting_country'))}
<div class="field">
<label for="classification">${t('console.field.classification')}</label>
<select id="classification" name="classification">
<option value="">${t('console.queue.all_classifications')}</option>
${classifications.map((value) => html`<option value="${value}"${flag('selected', filters.classification === value)}>${t(`console.classification.${value}` as const)}</option>`)}
</select>
</div>
${text('source', t('console.queue.filter_source'))}
${text('createdBefore', t('console.queue.filter_created_before'), 'date')}
<div class="field">
<label for="sort">${t('console.queue.sort')}</label>
<select id="sort" name="sort">
<option value="newest">${t('console.queue.sort_newest')}</option>
<option value="oldest"${flag('selected', filters.sort === 'oldest')}>${t('console.queue.sort_oldest')}</option>
</select>
</div>
<button type="submit">${t('console.queue.filter_submit')}</button>
</form>
${options.held && html`<p class="note" role="status">${t('console.queue.held', { ...options.held, releaseAt: formatTime(options.held.releaseAt.toISOString(), t) })}</p>`}
<p>${t('console.queue.overdue_first')}</p>
${
  rows.length === 0
    ? html`<p>${t('console.queue.empty')}</p>`
    : html`${context.role !== 'auditor' && bulkForm(context)}<table>
<caption class="visually-hidden">${t('console.queue.caption')}</caption>
<thead><tr>${context.role !== 'auditor' && html`<th scope="col"><span class="visually-hidden">${t('console.bulk.heading')}</span></th>`}<th scope="col">${t('console.queue.column.case')}</th><th scope="col">${t('console.queue.column.urls')}</th><th scope="col">${t('console.queue.column.state')}</th><th scope="col">${t('console.queue.column.received')}</th><th scope="col">${t('console.queue.column.updated')}</th></tr></thead>
<tbody>${rows.map((item) => queueRow(item, context, overdueIds.has(item.id) || isOverdue(item, { now: context.now, deadlineHours: context.portal.takedownDeadlineHours })))}</tbody>
</table>`
}
${nextHref && html`<p><a href="${nextHref}">${t('console.queue.next_page')}</a></p>`}`;
}

function queueRow(item: Case, context: ViewContext, overdue: boolean): Html {
  const { t, locale } = context;
  return html`<tr>
${context.role !== 'auditor' && html`<td><input type="checkbox" form="bulk" name="caseIds" value="${item.id}" aria-label="${t('console.queue.select_case', { id: item.id })}"></td>`}
<td><a href="${consoleHref(`/console/cases/${encodeURIComponent(item.id)}`, locale)}" class="url">${item.id}</a></td>
<td>${item.urls[0] !== undefined && html`${reportedUrlView(item.urls[0], t)}<br>`}${t('console.queue.url_count', { count: item.urls.length })}</td>
<td>${t(`console.state.${item.state}` as const)}${overdue && html`<br>${overdueNote(item, context)}`}</td>
<td>${formatTime(item.createdAt, t)}</td>
<td>${formatTime(item.updatedAt, t)}</td>
</tr>`;
}

/**
 * One action for every selected case (`POST /v1/cases/events`, sent by the console's script with
 * an Idempotency-Key, so a retried click applies nothing twice).
 */
function bulkForm(context: ViewContext): Html {
  const { t } = context;
  return html`<form id="bulk" class="bulk" data-none="${t('console.bulk.none_selected')}" data-result="${t('console.bulk.result', { applied: '{applied}', refused: '{refused}' })}">
<fieldset>
<legend>${t('console.bulk.heading')}</legend>
<div class="field">
<label for="bulk-type">${t('console.bulk.action')}</label>
<select id="bulk-type" name="type">
${bulkEvents.map((type) => html`<option value="${type}">${t(`console.event.${type}` as const)}</option>`)}
</select>
</div>
<p class="help">${t('console.bulk.notice_help')}</p>
<div class="field">
<label for="bulk-recipient">${t('console.field.recipient')}</label>
<input id="bulk-recipient" name="recipient" type="text">
</div>
<div class="field">
<label for="bulk-channel">${t('console.field.channel')}</label>
<input id="bulk-channel" name="channel" type="text">
</div>
<button type="submit">${t('console.bulk.submit')}</button>
</fieldset>
</form>`;
}
